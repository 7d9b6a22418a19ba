"""Sound-alike and look-alike words that only the context tells apart,
as two tables of data (see ``_table`` for the line format):

* ``words``: real words in the place of another (``I could breath``, ``the
  extend of``, ``could of been``, ``walked passed the school``, ``military
  personal``);
* ``apostrophes``: contractions and possessives swapped (``borrow it's
  approach``, ``by who's standards``, ``Lets go``, ``It let's you``).

Each line names the neighbouring words (or their tags) that leave one
reading only, and carries its own bad example; the good examples below
are the look-alikes the lines must leave alone. Both tables are tried at
their words' places in the document's word index: no scan of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ...lexicon import tags as lex
from ...lexicon.verbs import third_person
from ...rule import Finding, Rule, bad, good
from ._context import CATEGORY, EN
from ._table import Table, check_with, parse

#: people whose plural, between "the" and a singular noun that ends the phrase, is a lost
#: apostrophe ("the presidents speech"); things ("the darts tip", "the standards committee")
#: form compounds, and verbs that take two objects make "gave the customers information" fine
_OWNERS = ("president minister teacher student worker farmer parent doctor player leader officer soldier "
           "employee citizen resident patient author owner manager").split()
_TWO_OBJECTS = ("give gave gives giving given offer offered offers send sent sends show showed shows tell told tells "
                "teach taught teaches pay paid pays bring brought owe owed cost charge charged grant granted deny "
                "denied lend lent sell sold serve served promise promised get got buy bought make made hand handed "
                "allow allowed award awarded provide")


def _possessive_lines() -> str:
    return "\n".join(
        f"{w}s -> {w}'s  prev the  !prev2 {_TWO_OBJECTS.replace(' ', '|')}  nextonly NN"
        f"  next2 $|from|was|is|has|had|will|would|in|on|at|of|to|and"
        f"  :: This is a transcript of the ⟦{w}s⟧ speech from March."
        for w in _OWNERS)


WORDS_TEXT = r"""
breath -> breathe  prev @MODAL|not  next $|in|out|deeply|again|easily|freely|normally|properly|fresh|through|without|underwater|under|anymore|well|heavily|hard  :: We can't ⟦breath⟧ under water.
breath -> breathe  prev to  !prev2 breath|from|of|fresh  next $|in|out|deeply|again|easily|freely|normally|properly|through|without|underwater|under  :: They need room to ⟦breath⟧.
breath -> breathe  prev @SUBJ  prev2 can|could|will|would|do|does|did|should|must  next $  :: Can you ⟦breath⟧?
there -> their  prev at|on|to|in|of|for|with|into|about|by|under|over|onto|upon|from  nextonly NN|NNS|VB|VBP  next2 $|and|or  :: The parents yelled at ⟦there⟧ son.
there -> their  prev at|on|to|in|of|for|with|into|about|by|under|over|onto|upon|from  nextpos JJ  next2only NN|NNS  :: They talked to ⟦there⟧ old parents.
there -> their  prev at|on|to|of|for|with|into|about|by|onto|upon  nexttag NNS  next2 $|and|or  :: It was a heavy weight on ⟦there⟧ shoulders.
there -> their  prev if|when|because|unless  nexttag NNS  next2tag VBP|VBD|MD  :: If ⟦there⟧ demands are not met, they will strike.
here -> hear  prev can|could|cannot|can't|couldn't|don't|didn't|doesn't|won't|wouldn't|'ll  next you|me|him|her|them|us|that|from|about|what|anything|nothing|something|$  :: If you don't ⟦here⟧ from me, call.
here -> hear  prev not  prev2 do|does|did  next from|you|me|about|that|anything  :: If you do not ⟦here⟧ from me, call.
here -> hear  prev to  prev2 glad|happy|sorry|pleased|nice|good|great|want|wanted|like|love|hope|sad|surprised|interested|expect|waiting|wait|shocked|relieved|delighted|able  next that|from|about|you|this|what|more|$  :: Glad to ⟦here⟧ that!
here -> hear  prev almost|barely|hardly|still|even  prev2 can|could|cannot|can't|couldn't  :: I can almost ⟦here⟧ you crying.
quiet -> quite  next a|an  next2 list|deal|challenge|surprise|shock|feat|sight|success|task|problem|difference|variety|range|couple|number  :: That's ⟦quiet⟧ a list.
quiet -> quite  prev were|are|was|is|'s  prev2 there  next a  next2 few|lot|bit|number  :: There were ⟦quiet⟧ a few ways.
quiet -> quite  prev @BE|seems|seemed|feel|felt|looks|looked|sounds  nextonly JJ  !next2 and|or|but|,  :: I am ⟦quiet⟧ new to the school.
chance -> change  prev climate  :: The climate ⟦chance⟧ must be stopped.
chance -> change  prev not|to|@MODAL  next the|these|this|that|your|my|its|their|our|his|her  !next2 chance|risk  :: Do not ⟦chance⟧ these settings!
were -> where  prev from|is|that's|this  next you|they|we|he|she|i|it|the|people|my|our|their|his|her  :: The troops were taken to Libya, from ⟦were⟧ they were rescued.
were -> where  prev to  prev2 back|way|go|went|get|got|return|returned  next you|they|we|he|she|i|it  :: Go back to ⟦were⟧ you came from.
were -> where  cap  prev $  next could|can|should|would|do|did|does|is|are  :: ⟦Were⟧ could we sleep tonight?
where -> were  prev they|we  nextpos VBG|VBN  :: It seems unlikely that they ⟦where⟧ going to achieve it.
where -> were  prev they|we  next not|all|very|so|both|still|never|also|just|busy|happy|able|unable|afraid|sure|right|wrong  :: We knew they ⟦where⟧ not ready.
looking -> watching  next tv|television  :: I am ⟦looking⟧ TV.
looked -> watched  next tv|television  :: I ⟦looked⟧ TV in the morning.
believe -> belief  prev my|his|her|their|our|your|the|a|strong|firm|common|popular|religious|mistaken|sincere|widespread|personal|deep|honest  !prev2 who|that|which|we|they|i|you|people|some|many|most|those|all|in  :: It is my strong ⟦believe⟧ that it must change.
believes -> beliefs  prev different|religious|these|political|my|his|her|their|our|your|core|personal|strong|such|own|cultural|traditional|spiritual|moral  !prev2 who|that|which  :: Are there different ⟦believes⟧?
belief -> believe  prev we|i|they|you|@MODAL|firmly|strongly|truly|don't|didn't|do  next that|in|it|this|him|her|them|me|us|you|so|$  :: We ⟦belief⟧ that this is wrong.
complain -> complaint  prev a|the|our|my|his|her|their|your|biggest|common|main|formal|major|frequent|chief|usual|official  !prev2 they|we|i|you|people|who|that|which|to  next $|is|was|about|from|of|against|that|and|with|over|regarding  :: This is our biggest ⟦complain⟧.
complains -> complaints  prev of|many|several|numerous|few|these|those|any|no|customer|frequent|common|formal|official|multiple|more|his|her|their|our|my|the  !prev2 who|that|which|one|he|she|it  :: They received a number of ⟦complains⟧.
prove -> proof  prev a|the|their|his|her|its|our|my|your|burden|positive|living|further|final|conclusive|sufficient  :: It's just a ⟦prove⟧ of concept.
alter -> altar  next boy|boys|girl|girls|call|rail|rails|server|servers|cloth  :: He was an ⟦alter⟧ boy.
alter -> altar  prev the  prev2 at|to|on|before|around|from|near|of  next $  :: He danced around the ⟦alter⟧.
altar -> alter  prev @MODAL|to|significantly|radically|drastically|dramatically|greatly|fundamentally|not|never  next the|a|an|this|that|its|their|his|her|our|my|your|it|them  :: Boomers will significantly ⟦altar⟧ the workforce.
price -> prize  prev a|the|first|second|third|top|grand  prev2 won|win|wins|winning|awarded|claim|claimed|receive|received  next $|for|in|at|and|money|winner|winners  :: She won a ⟦price⟧.
extend -> extent  prev certain|what|some|large|great|greater|lesser|full|fullest|such|limited|same|an|the  !next to|its|their|the|a|an|his|her|our|my|your|this|these|those|it|them|beyond|into|through|across|over|from|until|for|by|and  :: Yes it is, to a certain ⟦extend⟧.
personal -> personnel  prev military|security|medical|emergency|army|police|navy|naval|defense|defence|embassy|diplomatic|rescue|healthcare|hospital|enlisted|uniformed|airline|nursing|armed  next $|and|were|are|have|had|will|would|who|in|at|from|to|on|for|with|was|is|of  :: Military ⟦personal⟧ were sent to the border.
personal -> personnel  prev of  prev2 director|department|head|chief|office|manager  next $  :: She's the director of ⟦personal⟧.
of -> have  prev could|would|should|must|might|couldn't|wouldn't|shouldn't|mustn't|mightn't  !prev2 @DET  nextpos VBN  :: It could ⟦of⟧ been you.
of -> have  prev will  !prev2 @DET  next been  :: It will ⟦of⟧ been discovered by tomorrow.
knot -> not  prev @MODAL|do|does|did  :: This should ⟦knot⟧ have happened.
sad -> said  prev have|has|had|'ve|you've|i've|we've|they've|having  next $|that|it|so|this|yesterday|before|to|something|nothing|anything|about  :: This is what you have ⟦sad⟧ yesterday.
new -> knew  lower  prev i|we|they|he|she|you  next you|that|it|he|she|they|we|i|what|how|him|her|them|about|the|this|everything|nothing|something|exactly|immediately  :: Ah, I ⟦new⟧ you would say that.
knew -> new  prev very|brand|completely|totally|relatively|fairly|is|was|are|were  next $|to|and|for  :: This is very ⟦knew⟧ to me.
herd -> heard  prev have|has|had|'ve|i've|we've|you've|they've|never  :: I have ⟦herd⟧ the news.
herd -> heard  prev i  next of|that|about|it|you|from|what|how|nothing|anything|something|so|$  :: I ⟦herd⟧ of a new song.
hear -> here  cap  prev $  next is|are|comes|come  :: ⟦Hear⟧ is an entertainment fit for giants.
cold -> could  cap  prev $  next you|he|she|we|they|i|it|her|his|the|this|that|there  :: ⟦Cold⟧ you hear him?
cold -> could  prevtag NN|NNS|PRP  next do|be|have|not|see|hear|get|go|make|never|only|just|also|easily  :: This is all my father ⟦cold⟧ do.
from -> form  prev the|a|registration|application|order|entry|contact|online|consent|claim|this  !prev2 is|was|where|are|were|come|comes|came  next $|on|and|below|above  :: Fill in this ⟦from⟧.
form -> from  prev letter|email|message|call|gift|visit|note|card|package|parcel|away|far|apart|come|comes|came|coming|arrived|arrive|returned|return|back|borrowed|letters|calls|emails|messages|visitors  next my|the|his|her|their|our|your|a|an|him|them|us|me  :: I got a letter ⟦form⟧ my friend.
us -> use  prev not  prev2 please|do|does|did  next this|the|these|that|those|your|my|any  :: Please do not ⟦us⟧ this door.
us -> use  prev don't|didn't|doesn't|can't|cannot|won't|please  next this|these|those|your|my|any  :: Please don't ⟦us⟧ this door.
save -> safe  prev is|it's|was|are|were|feel|feels|felt|be|been|very|so|quite|totally|perfectly|completely|stay|stays|remain|remains|remained|that's|seems|seemed|look|looks|sounds|not  !prev2 could|would|will|can|to|cannot|did|do|does|didn't|don't|doesn't|won't|can't|couldn't  next $|to|for|in|from|and|enough|here|there|with|now  :: It is not ⟦save⟧ to eat moldy food.
bee -> been  prev has|have|had|'ve|never|not  nextpos VBN|JJ|RB|DT|IN|TO  :: She has ⟦bee⟧ injured in the accident.
apart -> a part  prev be|is|was|are|were|been|being|become|became|becoming|'m|i'm|feel|felt|am|'re|'s  next of  :: I'd like to be ⟦apart⟧ of your team.
no -> not  prev could|would|does|do|did|can|will|should|might|must|may  nextonly VB|VBP  :: She could ⟦no⟧ hear you.
no -> not  prev is|was|it's  prev2 it|this|that  nextpos JJ  !next good|different|better|worse|longer|more|less|such|new|big|easy|secret|fun|use|match|object|idle|laughing  next2 $|to|for|that  :: It is ⟦no⟧ possible.
note -> not  prev am|'m|i'm|is|are|was|were|it's|he's|she's|we're|they're|you're  next sure|able|yet|only|going|really|too|very|quite|exactly|afraid  :: I'm ⟦note⟧ sure.
than -> then  prev from|since|until|till  next $|on|onwards|onward|we|i|they|he|she|it|the|there  :: From ⟦than⟧ on I entered a period of dullness.
than -> then  cap  prev $  next it|we|i|you|he|she|they|there  :: ⟦Than⟧ it became clear.
than -> then  prev since|until|till  !prev2 more|less|rather|other|better|worse|fewer  :: Since ⟦than⟧ we've released two versions.
nut -> not  prevtag JJ|NN  !prev2 a|an|of|@DET  nextpos JJ|NN  next2 $  !next oil|butter|tree|trees|shell|shells|milk|allergy|allergies|bolt|bolts|cracker|crackers|meat|paste|flour|bar|bars|case|cases  :: This wine is red ⟦nut⟧ white!
tool -> too  prev for|is|was|be|been|not|are|were|'s|far|way|much  next long|much|many|late|early|soon|far|big|small|little|high|low|hard|busy  :: I was away for ⟦tool⟧ long.
ling -> long  prev is|was|so|too|very|how|as|be|been|'s|a|how  next overdue|ago|time|enough|awaited|way|term  :: See you all there - this is ⟦ling⟧ overdue.
a but -> a bit  !prev without|no|with|not|is|was|'s  next $|and|more|less|too|better|worse|late|early|longer|earlier|later|tired|different|confused|nervous|worried|like|of  :: So I confused things ⟦a but⟧ and it was Kai.
ne -> me  lower  prev to|for|with|give|gave|tell|told|send|sent|call|called|help|helped|let|show|showed|ask|asked  next $|by|at|in|and|about|a|an|the|know|if  :: Please send it to ⟦ne⟧ by fax.
stationery -> stationary  prev remained|remain|remains|stayed|stay|stays|is|was|were|are|be|been|being|kept|keep|remaining|staying  next $  :: The traffic remained ⟦stationery⟧.
word -> world  prev entire|whole  prev2 the  prev3 in|around|across|over|of  next $  :: This is the best game in the entire ⟦word⟧.
i -> if  cap  prev $  next the|this|these|those|my|our|your|their|his|its  !next2 undersigned  :: ⟦I⟧ the data confirm my theory, I will be famous.
him -> he  prev and  prev3 @POSS|the  nexttag VBD|VBZ|MD  :: My mother and ⟦him⟧ went to California.
her -> she  prev and  prev3 @POSS|the  nexttag VBD|VBZ|MD  :: My sister and ⟦her⟧ might go to Paris.
them -> they  prev and  prev3 @POSS|the  nexttag VBD|VBP|MD  :: My parents and ⟦them⟧ went home.
me -> I  prev and  prev3 @POSS|the  nexttag VBD|VBP|MD  :: My brother and ⟦me⟧ went to school.
them -> then  cap  prev $  next it|we|i|you|he|she|they  :: ⟦Them⟧ it became clear.
on -> one  next of  next2 the|my|his|her|their|our|your|its  next3tag JJS|RBS  :: It's ⟦on⟧ of the most popular songs.
was -> way  prev a  next to|of|around|out|forward  :: Is there a ⟦was⟧ to work around the problem?
was -> way  prev easiest|fastest|quickest|simplest|cheapest|surest|safest|best|only  prev2 the|a|an|one|another  next to  next2tag VB  !next2 be|come  :: What is the easiest ⟦was⟧ to learn Spanish?
some -> same  lower  prev the  !nexttag CD  :: It happened on the ⟦some⟧ day.
being -> begin  prev to  prev2 $  next with  next2 $  :: To ⟦being⟧ with, she is a spy.
begin -> being  prev risk|risked|risks|avoid|avoided|without|of|after|before|about|for|despite  nextpos VBN  :: I was willing to risk ⟦begin⟧ interrogated.
ca -> can  prev what|how|where|you|i|we|they|he|she|who|why  next i|you|we|they|he|she|do|be|go|see|help|get|make  :: What ⟦ca⟧ I do?
he -> the  prev at|for|in|on|of|from|with|by  next beginning|first|end|same|other|last|most|best|rest|following|middle|start  :: At ⟦he⟧ beginning, I was afraid.
tank -> thank  cap  prev $  next you  :: ⟦Tank⟧ you very much!
thanks -> thank  prev $  next you  next2 for|very|so|all|again|$  :: ⟦Thanks⟧ you for your help.
if -> of  prev kind|sort|type  prev2 the|a|this|that|what|which  :: That's the kind ⟦if⟧ blue I like.
may be -> maybe  cap  prev $  nexttag PRP  :: ⟦May be⟧ I don't understand.
though -> through  prev read|go|going|went|goes|gone|get|got|getting|pass|passed|passing|walk|walked|walking|looked|look|looking|browse|flip|flipped|run|ran|sift|sort|live|lived|living|come|came|coming|break|broke|sail|sailed|cut  next this|the|a|an|it|his|her|their|our|my|your|all|these|those|them|tough|difficult|hard|rough  :: He is going ⟦though⟧ a rough time.
complaint -> compliant  prev be|is|are|was|were|fully|not|remain|remains|become|becomes  next with  :: The rules are not fully ⟦complaint⟧ with the specification.
worry -> worried  prev am|'m|i'm|be|been|get|got|feel|felt|we're|they're|you're|he's|she's  next about|that|for|$  :: I am ⟦worry⟧ about her.
wracked -> racked  next his|her|my|their|our|your  next2 brain|brains  :: He ⟦wracked⟧ his brain about it.
by -> be  prev @MODAL  nextonly JJ|VBN  !next2tag NN|NNS  :: This can ⟦by⟧ consistent with usability constraints.
see -> seen  prev be|been|being  :: An armored vehicle can be ⟦see⟧ driving into a crowd.
new -> news  prev bad|good|great|sad|breaking|latest  prev2 the|some|this|that  next is|was|for|about|from|that|$  :: The bad ⟦new⟧ is that it doesn't work.
data -> date  lower  prev to  prev2 up  next $|and|with|on|in  :: The software is not up to ⟦data⟧.
thin -> think  prev i|we|they|you  next that|you|he|she|we|they|so|about|i  :: I ⟦thin⟧ you are right.
exits -> exists  prev there  next a|an|no|some|only|one  :: There ⟦exits⟧ a homomorphism.
all though -> although  cap  prev $  next i|we|they|he|she|it|the|this|there|you  :: ⟦All though⟧ I liked the book, I had to stop reading it.
all most -> almost  cap  prev $  next all|every|everyone|everything|no|nobody|always|never|certainly|entirely  :: ⟦All most⟧ all the patents were rejected.
all ways -> always  prev he|she|they|we|i|you|it  nextpos VBZ|VBD  :: He ⟦all ways⟧ takes the last piece of cake.
every day -> everyday  prev an|for|our|my|their|your|his|her  nexttag NN|NNS  !next people  :: You shouldn't wear an ⟦every day⟧ outfit to the wedding.
on going -> ongoing  prev an|the|this|that|our|their|its|his|her|my|usual|current  nexttag NN|NNS|JJ  :: There is an ⟦on going⟧ investigation.
stand alone -> standalone  prev a|an|the  nexttag NN|NNS  :: This is a ⟦stand alone⟧ computer.
everyday -> every day  !prev $  next $  :: He gets up early ⟦everyday⟧.
everyday -> every day  cap  prev $  nexttag PRP  :: ⟦Everyday⟧ he gets up early.
wandering -> wondering  next if|whether|why  :: I was ⟦wandering⟧ if someone could help me.
wander -> wonder  prev i|we|you|they  next if|whether|why  :: I ⟦wander⟧ if I'm studying enough?
insure -> ensure  next that  next2 you|we|they|he|she|i|everyone|all|our|their|your|no  :: Please ⟦insure⟧ that you are registered with us.
through -> thorough  prev a|very  next discussion|investigation|review|examination|analysis|search|check|inspection|study|job|understanding|assessment|evaluation|inquiry|probe|overview|explanation|cleaning|knowledge  :: The manual does not have a ⟦through⟧ discussion.
adopt -> adapt  next to  next2 the|a|new|changing|changes|change|climate|this|these|their|its|our|his|her|life  :: You will need time to ⟦adopt⟧ to the situation.
aide -> aid  prev to|will|would|can|could|help|helps  next you|him|her|them|us|me|in  :: I want to ⟦aide⟧ you in a task.
ally -> allay  prev to|@MODAL|help|helped|helps  next concern|concerns|fears|fear|doubts|doubt|suspicion|suspicions|anxiety|anxieties|worries  :: I would like to ⟦ally⟧ concern.
diffuse -> defuse  next tensions|tension|bomb|bombs|standoff|crisis  :: They came to ⟦diffuse⟧ tensions.
diffuse -> defuse  next the|a|this|that|several|two|rising|growing|mounting  next2 tension|tensions|bomb|bombs|standoff|crisis  :: How long did it take you to ⟦diffuse⟧ the bomb?
diffused -> defused  next the|a|this|that|several|two|tensions|tension|bomb|bombs  !next2 light|heat|gas  :: He ⟦diffused⟧ several bombs today.
decease -> disease  prev deadly|infectious|heart|rare|chronic|lung|kidney|liver|skin|genetic|contagious|fatal|mysterious|serious|terrible|mental|autoimmune|respiratory  :: He has a deadly ⟦decease⟧.
exited -> excited  prev really|so|very|too|pretty|quite|extremely|i'm|'m|am|get|got|getting|feel|felt|more|most  next about|to|that|for|$  :: She is really ⟦exited⟧ about it.
exited -> excited  prev is|are|was|were  next about|that  :: They were ⟦exited⟧ about the trip.
complemented -> complimented  next on  :: She was ⟦complemented⟧ on her beautiful eyes.
hart -> heart  next attack|attacks|disease|failure|surgery|rate|transplant  :: She had a ⟦hart⟧ attack.
contract -> contact  prev please  next me|us|him|her|them  :: Please ⟦contract⟧ me as soon as possible.
elder -> older  prev is|was|are|were|much|far|years|two|three|'s  next than  :: She is ⟦elder⟧ than her brother.
son -> soon  prev too|so|very|as  next $|as|after|enough  :: It was too ⟦son⟧.
too -> two  prev at|by|until|till  next o'clock  :: They meet at ⟦too⟧ o'clock.
too -> to  nexttag CD  !prev @BE|me|i|us|you|one|it|that|this|them  !next one|1  :: We are expanding ⟦too⟧ ten new locations.
too -> to  prevtag VB|VBD|VBN|VBP|VBZ|NN|NNS|CD  next all|these|those|my|his|her|their|our|your|its  :: We expanded ⟦too⟧ all proposed new locations.
to -> too  cap  prev $  next bad  next2 $|that|for|you|i|we|he|she|they|it|so  :: ⟦To⟧ bad that you don't like cats.
to -> too  gapbefore ,  gapafter .|!|?  :: But you can use it for other things, ⟦to⟧.
to -> too  prev is|was|are|were|be|been|'s|not|far|much|way|seemed|seems|looks|looked  nextonly JJ|JJR  :: It was ⟦to⟧ distant in the past.
wether -> whether  !prev a|the|one|castrated|young|old  :: Don't ask me ⟦wether⟧ it is already decided!
teem -> team  prev the|a|our|my|his|her|their|your|national|football|soccer|basketball|baseball|hockey|rescue|medical|research  :: This is my favorite football ⟦teem⟧.
minuets -> minutes  prevtag CD  :: The town is ten ⟦minuets⟧ from the beach.
minuet -> minute  prev one  next walking|walk|drive|ride|later|away|long  :: The town is one ⟦minuet⟧ walking distance from here.
deer -> dear  cap  prev $  next sir|madam|mr|mrs|ms|dr|prof|friends|colleagues|all|customer|customers|editor|mom|mum|dad  :: ⟦Deer⟧ Dr. Snyder:
except -> accept  prev please|to|will|would|can|could|not|must|should|i|we|they|you|kindly  next my|our|his|her|their|your|the|this|that|these  next2 apology|apologies|invitation|offer|condolences|thanks|terms|award|gift|responsibility|proposal|deal|challenge|resignation  :: Please ⟦except⟧ my apologies.
say -> tell  next me|him|us|them  next2 the|a|that|about|what|how|why|when|where|if|your|something|nothing|everything  :: ⟦Say⟧ me the truth.
says -> tells  next me|him|us|them  next2 the|a|that|about|what|how|why|when|where|if|your|something|nothing|everything  :: He ⟦says⟧ me the truth.
said -> told  next me|him|us|them  next2 the|a|about|what|how|why|when|where|if|your|something|nothing|everything  :: She ⟦said⟧ me the truth.
passed -> past  prev walked|walk|walks|walking|ran|run|runs|running|drove|drive|drives|driving|went|go|goes|going|rushed|raced|sped|flew|swept|moved|move|moving|marched|strolled|hurried|slipped|sailed|rolled|cycled|jogged|got|get|getting  next the|a|an|his|her|their|our|my|your|it|them|him|me|us|this|that|these|those|each  :: I walked ⟦passed⟧ the school.
passed -> past  prev the  prev2 in|from|into  next $|few|decade|year|years|month|months|week|weeks|century|two|three|five|ten|several  :: We succeeded in the ⟦passed⟧.
coarse -> course  prev of  next $|i|we|they|he|she|it|you|not|there|this  :: Yes, of ⟦coarse⟧.
coarse -> course  prev a|the|this|that|crash|golf|training|online|college|university  next $|of|in|on|for|after|is|was  :: A ⟦coarse⟧ after action.
through -> threw  prev i|we|they|he|she|you  next the|a|an|it|them|him|her|his|their|my|our|away|out|up|down  :: He ⟦through⟧ the ball.
throw -> through  prev came|come|comes|walked|walk|walks|drove|fell|falls|broke|breaks|passed|sailed|flew|went  next the|a|an|this|that|his|her|their|our|my|your  !next2 ball|stone|stones|rock|rocks|party|punch|book|away  :: They came ⟦throw⟧ the door.
vary -> very  prev was|were|is|are|am|'m|be|been|so|not|it's|that's|seemed|looks|i'm  nextonly JJ  :: They were ⟦vary⟧ happy.
vary -> very  prev you  prev2 thank  next much  :: Thank you ⟦vary⟧ much.
match -> much  prev very  prev2 you|thanks  :: Thank you very ⟦match⟧.
not -> note  prev please  next that  :: Please ⟦not⟧ that saying “Open Source” means little.
one -> on  prev so  prev2 and  next $  :: It helps find bottlenecks and so ⟦one⟧.
one -> on  prev going|carry|carried|carrying|goes  next $  :: She knew what was going ⟦one⟧.
responds -> response  prev the|a|your|my|his|her|their|our|quick|positive|no  next $|to|from|and|was|is  :: Thanks for the ⟦responds⟧.
off -> of  prev know|think|thought|heard  next $|that|it|them|anything|nothing|something|him|her|this|any  :: It's the only part I know ⟦off⟧ that uses it.
fore -> for  prev thanks|thank|again|you  next your|the|this|that|all|me|us|him|her|them|my  :: Thanks again ⟦fore⟧ your help.
ate -> at  prev look|looked|looking|looks|stare|stared|staring|glance|glanced|laugh|laughed|smile|smiled|arrive|arrived|aim|aimed  next the|a|an|his|her|my|their|our|your|it|this|that|me|him|them|us  :: When I look ⟦ate⟧ the paperback, I smile.
my -> may  prev that|it|this|which|there|what|who|they|we|you|he|she|i  next be  :: Something that ⟦my⟧ be interesting.
right -> write  prev to|@MODAL  next a|an|the|this|that|down|about|letters|articles|books|code  !prev2 right|the|a  :: I need to ⟦right⟧ a letter.
reigns -> reins  prev the  prev2 take|took|taking|takes|taken|hand|handed|hold|held|holding|grab|grabbed|seize|seized|over|pass|passed  !next of  :: Take the ⟦reigns⟧, cried the bandit.
reigns -> reins  prev the|managerial  next of  next2 power|leadership|government|office|state|command|control|management|company|party|country|team|project|club|firm|business  :: It's time to take the ⟦reigns⟧ of leadership.
free reign -> free rein  lower  :: The army was given ⟦free reign⟧ over the city.
lead -> led  prev has|have|had|'ve|was|were|been|being  next to|by  !next2 poisoning|paint|pipes|levels|exposure  :: The talks have ⟦lead⟧ to a deal.
hoards -> hordes  next of  next2 people|tourists|fans|visitors|protesters|reporters|journalists|students|shoppers|migrants|refugees|soldiers|supporters|locusts  :: ⟦Hoards⟧ of tourists arrived.
straight -> strait  prev taiwan|bering|hormuz|malacca|korea|tsushima|qiongzhou|kerch|luzon  :: Ships sailed through the Taiwan ⟦Straight⟧.
straight -> strait  prev the  next of  next2 hormuz|malacca|gibraltar|dover|messina|magellan|taiwan|bab-el-mandeb  :: Tankers crossed the ⟦straight⟧ of Hormuz.
dose -> does  next not|n't  :: It ⟦dose⟧ not matter.
were -> we're  cap  prev $  next going|here|doing|happy|sorry|looking|working|trying|excited|glad|proud|ready|back|done|gonna  !next2 you|they|we|he|she|it|i|there  :: ⟦Were⟧ going home now.
th -> the  cap  prev $|if|when|but|and|because|that|so  nextlower  !nextpos VBN  !next is  :: ⟦Th⟧ water is hot.
fr -> for  lower  !prevtag CD  nextlower  :: Do a test ⟦fr⟧ errors.
tr -> try  cap  prev $  next this|it|the|to|again  :: ⟦Tr⟧ this test:
om -> on  lower  next monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|a|an|top|time|board|behalf|my|his|her|their|our|your|this|that  :: The test was ⟦om⟧ Thursday.
word war -> world war  next ii|i|one|two|2|1  :: He served during ⟦Word War⟧ II.
word's -> world's  prev the  next largest|biggest|best|first|most|oldest|tallest|richest|second|top|leading|fastest|longest|highest|greatest|poorest|worst|smallest|strongest|busiest|deepest|heaviest|fastest-growing|no  :: This is the ⟦word's⟧ largest cat.
any one -> anyone  cap  prev $  nextpos VBZ|VBD|MD  :: ⟦Any one⟧ needs help here?
any one -> anyone  prev can|could|will|would|does|did|has|have  nextpos VB|VBN  !next of  :: Can ⟦any one⟧ point me to the right direction?
some one -> someone  cap  prev $  nextpos VBZ|VBD|MD|RB  !nexttag CD  !next of  :: ⟦Some one⟧ occasionally was seen in the building.
no thing -> nothing  prev is|'s|was|there's  next wrong|left|new|else|more|better  :: There's ⟦no thing⟧ wrong with this sentence.
effect -> affect  prev @MODAL|not|would've|could've|should've|might've  next the|this|that|these|those|their|his|her|our|my|your|its  !next2 change|changes|transition|reform|reforms|improvement|improvements|repairs|peace|cure|rescue|merger|takeover|settlement|shift|return|release|transfer|recovery|turnaround|compromise|withdrawal|agreement|deal|ceasefire|escape|plan|policy|policies|arrest|sale|purchase|payment|payments  :: The medicine shouldn't ⟦effect⟧ the baby.
effected -> affected  prev would've|could've|should've|might've|has|have|had|'ve  next the|their|his|her|our|my|your|its|them|him|us|me  !next2 change|changes|transition|reform|reforms|improvement|improvements|repairs|peace|cure|rescue|merger|takeover|settlement|shift|return|release|transfer|recovery|turnaround|compromise|withdrawal|agreement|deal|ceasefire|escape|arrest|sale|purchase|payment|payments  :: The medicine would've ⟦effected⟧ the baby.
jib -> job  prev new|great|good|his|her|my|their|your|first|dream|full-time|part-time  next $  :: He lost his ⟦jib⟧.
theses -> these  next days  :: That's how they do it ⟦theses⟧ days.
theses -> these  prev $|are|were  nexttag NNS  :: Are ⟦theses⟧ scenes from a novel?
been -> being  prev stop|stops|stopped|avoid|avoids|avoided|keep|keeps|kept|enjoy|enjoys|enjoyed|hate|hates|hated|risk|without  :: Stop ⟦been⟧ funny!
been -> being  prev @SUBJ  prev2 are|were|is|was|am  nextpos VBN  :: What doctrine are they ⟦been⟧ taught?
out -> our  prev evaluated|evaluate|present|presented|describe|described|propose|proposed|introduce|introduced|compared|improve|improved  nextonly NN|NNS|JJ  :: We evaluated ⟦out⟧ method.
all ready -> already  prev have|has|had|'ve|i've|we've|they've|you've  nextpos VBN|VBD  :: I have ⟦all ready⟧ bought it.
all ready -> already  prev is|are|was|were  nextpos JJ|VBN  !next to|for|and  :: The device is ⟦all ready⟧ available in Korea.
sent -> scent  prev his|her|its|the|a|their|sweet|strong|faint  next $|was|is|of  :: His ⟦sent⟧ was strong.
scent -> sent  prev he|she|they|i|we|you|was|were|been|had|have|has  next the|a|an|him|her|them|me|us|out|back|home|to|it|his|their  :: He ⟦scent⟧ the package.
seen -> scene  prev opening|crime|final|closing|love|fight|death|art|music|political  prev2 the|a|this|that|his|her|their  next $|of|in|was|is|and|from  :: We watched the opening ⟦seen⟧ of the play.
scene -> seen  prev those|been|be|have|has|had|being|never|often|widely|rarely  nextpos IN|RB  !nexttag NN|NNS  :: Similar to those ⟦scene⟧ in the park.
see -> sea  prev at  !prev2 look|looking|looked|glance|glanced|laugh|laughed  next $  :: We spent the first night at ⟦see⟧.
et al -> et al.  !gapafter .|.,|.;|.)|.:  :: Thelen ⟦et al⟧ 2001
aloud -> allowed  prev is|are|was|were|be|been|not|being  !prev2 read|reading|said|thinking|wondered|laughed|spoken|sung|read  next $|to|in|on|here|there|at|into  :: No dancing was ⟦aloud⟧.
comprises -> consists  !prev the|a|an  next of  :: The part ⟦comprises⟧ of the whole.
comprise -> consist  !prev the|a|an  next of  :: You ⟦comprise⟧ of mostly water.
comprising -> consisting  !prev the|a|an  next of  :: A country ⟦comprising⟧ of independent people.
key note -> keynote  next speaker|speakers|speech|speeches|address|lecture|presentation  :: The ⟦key note⟧ speaker was Bill Gates.
over seas -> overseas  prev stationed|based|travel|travelled|traveled|study|studied|work|worked|living|live|lived|sent|deployed  :: He was stationed ⟦over seas⟧.
short cut -> shortcut  prev a|the  next $|to|through|for  :: I know a ⟦short cut⟧.
back fire -> backfire  prev always|could|can|may|might|will|would|to|often|usually|did|didn't  next $|on|and|in|badly  :: His plans always ⟦back fire⟧.
world wide -> worldwide  prev a|the  !next web  nexttag NN|NNS  :: There was a ⟦world wide⟧ epidemic.
be cause -> because  prev all|just|only|partly|mainly|simply|it's|is|was  next of|it|he|she|they|we|i|you|the  :: It was all ⟦be cause⟧ of you.
light weight -> lightweight  next boxer|boxers|champion|title|division|class|boxing|fighter|material|materials|jacket|design  :: He is the best ⟦light weight⟧ boxer in the world.
heavy weight -> heavyweight  next boxer|boxers|champion|title|division|class|boxing|fighter|contender  :: He is the best ⟦heavy weight⟧ boxer in the world.
bail out -> bailout  prev the|a|this|that  next was|is|will|would|of|for|package|plan|program|fund|$  :: The ⟦bail out⟧ was too expensive.
over time -> overtime  prev of|unpaid|paid  prev2 hours|hour|minutes|lots|plenty|days  :: I worked two hours of ⟦over time⟧ last week.
of -> off  prev switched|switch|turned|turn|shut  !prev2 the|a|an|this|that  next $  :: The light was switched ⟦of⟧.
then -> than  prev different  nexttag NNS|NN|DT|PRP$  :: Are humans any different ⟦then⟧ animals?
due -> do  prev to  prev2 work|have|has|had|things|lot|nothing|something|anything|stuff|what  next $  :: Unfortunately, I have work to ⟦due⟧.
due -> do  cap  prev $  next you|we|they|i  :: ⟦Due⟧ you work this weekend?
in vacation -> on vacation  prev is|are|was|were|'m|i'm|been|be|probably|still|currently  next $|right|now|until|for|at|in|with|this|next|since  :: He is probably ⟦in vacation⟧ right now.
at vacation -> on vacation  prev is|are|was|were|'m|i'm|been|be|probably|still|currently  next $|right|now|until|for|at|in|with|this|next|since  :: I'm ⟦at vacation⟧ at the seaside.
principals -> principles  prev your|my|his|her|their|our  prev2 to|by|against  prev3 stick|sticks|stuck|sticking|true|faithful|live|lived|living|stand|stood|act|acted  :: Always stick to your ⟦principals⟧.
other wise -> otherwise  cap  prev $  next it's|it|we|they|you|i|he|she|there  :: ⟦Other wise⟧ it's not true.
week's time -> weeks' time  prevtag CD  !prev one|1|a  :: He'll be back in two ⟦week's time⟧.
day's time -> days' time  prevtag CD  !prev one|1|a  :: He'll be back in two ⟦day's time⟧.
month's time -> months' time  prevtag CD  !prev one|1|a  :: He'll be back in two ⟦month's time⟧.
year's time -> years' time  prevtag CD  !prev one|1|a  :: He'll be back in two ⟦year's time⟧.
hour's time -> hours' time  prevtag CD  !prev one|1|a  :: He'll be back in two ⟦hour's time⟧.
a -> am  prev i  next not|sure|going|afraid|very|so|really|here|happy|glad|sorry  :: I ⟦a⟧ not sure.
were -> where  prev went|go|goes|going|came|come|know|knew|wonder|wondered|see|ask|asked|tell|told|show|showed  !prev2 who|that|which|people|those|ones|men|women|children  next he|she|they|we|i|you  :: They went ⟦were⟧ he wanted.
go -> got  prev 've|i've|we've|you've|they've  next to  :: I've ⟦go⟧ to go.
your -> you  prev have|has|had|do|did|can|could|will|would|should|are|were  next ever|never|already|just|really|seen|heard|been  :: Have ⟦your⟧ ever come across an animal like this?
one in the same -> one and the same  prev @BE|seem|seems|seemed|remain|remained  next $|and|but|person|thing|people  :: The two are ⟦one in the same⟧.
hole -> whole  prev the|a  next country|world|city|thing|day|time|family|story|team|process|year|point|idea|system|nation|population|new|lot|week|month|night|region|industry|society|economy|picture|truth|world's  :: The ⟦hole⟧ country was watching.
hole -> whole  prev the  prev2 on|as  next $  :: On the ⟦hole⟧, it went well.
weather -> whether  prev know|knows|ask|asked|asks|wonder|wondering|wondered|decide|decided|determine|unclear|unsure|doubt|regardless  next or|to|the|it|they|we|he|she|i|you|this|there  :: They asked ⟦weather⟧ the plan would work.
whether -> weather  prev the|bad|good|cold|hot|warm|extreme|severe|inclement|nice|wet|dry|stormy  next $|conditions|forecast|forecasts|is|was|and|in  :: The ⟦whether⟧ was bad.
chose -> choose  prev to|@MODAL|not|didn't|don't|doesn't  :: They had to ⟦chose⟧ a leader.
cloths -> clothes  prev wear|wears|wearing|wore|worn|new|my|his|her|their|our|your|winter|summer|dirty|warm|designer|buy|bought|change|changed|children's|women's|men's  :: She bought new ⟦cloths⟧.
fell -> feel  prev i|we|you|they|don't|to|@MODAL|not  next sorry|free|comfortable|confident|happy|sad|safe|that|so|good  :: I ⟦fell⟧ sorry for them.
later -> latter  prev the  next $|is|was|are|were|has|had|will|would|can|option|group|case|half|part  :: Of the two, the ⟦later⟧ is better.
devise -> device  prev a|the|this|that|mobile|electronic|medical|explosive|your|my|his|her|their  next $|is|was|to|for|that|and|with|in|on|from  :: He built a ⟦devise⟧ to measure it.
device -> devise  prev to|@MODAL  next a|an|the|new|ways|plans|strategies|strategy|solutions|measures|policies  :: They need to ⟦device⟧ a plan.
envelope -> envelop  prev to|@MODAL  next me|him|her|them|us|the|it  :: The smell started to ⟦envelope⟧ me.
maybe -> may be  prev it|this|that|there|which|he|she|they|we|you|i  next a|an|the|that|because|true|possible|necessary|better|worth|too|more|less|difficult|hard|easy|time|wrong|right|able  :: It ⟦maybe⟧ true.
quite -> quiet  prev very|so|too|remained|remain|remains|stay|stayed|keep|kept|fell|grew|went|is|was|were|are  next $|and|about  !gapafter ,  :: The room was ⟦quite⟧.
off -> of  prev one|some|most|many|each|none|both|several|because|instead  next the|them|us|these|those|which|whom|their|his|her|our|my|its  :: It is one ⟦off⟧ the best.
weak -> week  prev last|next|per|every|each|two|three|several|few  next $|ago|later|before|after|end  :: They met last ⟦weak⟧.
loss -> lose  prev to|@MODAL|not|don't|didn't|doesn't  next the|their|his|her|its|our|my|your|a|an|weight|money|jobs|control|face|interest|sight|track|hope  :: They could ⟦loss⟧ their jobs.
are -> our  prev of|with|in|for|to|about|from|by|on  nexttag NN|NNS  :: This is one of ⟦are⟧ projects.
our -> are  prev we|they|you  nextpos VBG|VBN|RB  :: We ⟦our⟧ going home.
no -> know  prev i|we|you|they|don't|didn't|doesn't  next that|how|what|why|where|when|if|whether|about|him|her|them  :: I ⟦no⟧ that it is late.
know -> no  prev $|there's|there|is|was|have|has|had|with  next one|longer|more|matter|doubt|problem|idea|way|reason|need|choice  :: There is ⟦know⟧ way to do it.
won't -> want  prev i|we|you|they  next to  :: I ⟦won't⟧ to go home.
though -> thought  prev i|we|they|he|she|had|have|has|never|first  next that|about|of|so|he|she|they|we|i|you  :: I ⟦though⟧ that it was late.
whit -> with  next the|a|an|his|her|their|my|our|your|them|him|me|us|this|that  :: He came ⟦whit⟧ his wife.
wit -> with  next the|a|an|his|her|their|my|our|your|them|him|me|us  :: He came ⟦wit⟧ his wife.
in tact -> intact  prev @BE|remain|remains|remained|stay|stays|stayed|kept|keep|left|largely|still|fully|completely  next $|and|after|despite|with|for  :: The deal remains ⟦in tact⟧.
hi time -> high time  lower  prev 's|is|it's|was  :: It's ⟦hi time⟧ you did this work.
know -> now  prev right  !prev2 the|a|to  next $|i|we|they|he|she|it|you|the|is|are  :: Girls wanting to meet you right ⟦know⟧!
now -> know  prev us|me|him|her|them  prev2 let|letting|lets  next $  :: Thanks for letting us ⟦now⟧.
know -> known  prev a|well  next issue|problem|bug|fact|quantity  :: This is a ⟦know⟧ problem.
know -> known  prev also|widely|commonly|generally|better|formerly|previously  next as  :: He is also ⟦know⟧ as the first Chechen writer.
""" + _possessive_lines()


APOSTROPHES_TEXT = r"""
it's -> its  prev as|like|out|per|@PREP  !prev2 all|of  nextonly NN|NNS|VB|VBP  !next time|fun|news|nonsense|chaos|business|war|madness|bliss|hell|magic|life|luck|fate|history|politics|worth|ok|okay  :: RDF can express metadata such as ⟦it's⟧ title.
it's -> its  prev as|like|out|per|@PREP  !prev2 all|of  nextpos JJ|JJS|CD|VBN  next2tag NN|NNS  :: Brown was installed as ⟦it's⟧ 18th president.
it's -> its  prevtag VB|VBD|VBP|VBZ  !prev think|thinks|thought|say|says|said|believe|believes|believed|know|knows|knew|hope|hopes|hoped|guess|suppose|claim|claims|claimed|admit|admits|argue|argued|insist|insisted|mean|means|meant|realize|realise|realized|agree|assume|found|find|figure|bet|hear|heard|is|was|be|are|were|'s|says|warned|stated|decided|noted|added|explained|understand|understood|feel|felt|seems|seemed|guarantee|ensure|make|made|makes  nextonly NN|NNS|VB|VBP  !next time|fun|news|nonsense|chaos|business|war|madness|bliss|hell|magic|life|luck|fate|history|politics|worth|ok|okay|true|over|up|all|like  :: We could borrow ⟦it's⟧ approach.
it's -> its  prevtag VB|VBD|VBP|VBZ  !prev think|thinks|thought|say|says|said|believe|believes|believed|know|knows|knew|hope|hopes|hoped|guess|suppose|claim|claims|claimed|admit|admits|argue|argued|insist|insisted|mean|means|meant|realize|realise|realized|agree|assume|found|find|figure|bet|hear|heard|is|was|be|are|were|'s|warned|stated|decided|noted|added|explained|understand|understood|feel|felt|seems|seemed|guarantee|ensure|make|made|makes  nextpos JJ|JJS  next2tag NN|NNS  :: SAP addresses ⟦it's⟧ internal developers.
who's -> whose  prev by|about|of|to|with|for|from|in|on|those|people|person|man|woman|one|anyone|someone|everyone|children|families|firms|countries  nextonly NN|NNS  !next who|boss|next  :: By ⟦who's⟧ standards?
who's -> whose  nexttag JJ|JJS|JJR  next2tag NN|NNS  :: Those ⟦who's⟧ highest level of education is low.
who's -> whose  prevtag NNS|NN|DT  nextpos NNS  next2 are|were|have|had|will|would|can|could|may|might|must|is|was|depend|depends  :: These are people ⟦who's⟧ lives are important.
who's -> whose  nextpos NN|NNS  next2 this|that|it|these|those|they  next3 is|was|are|were  :: Do we know ⟦who's⟧ banana this is?
it's -> its  prev out|outstayed|overstayed|outlived|outlive|outlives|outlasted|served  next welcome|usefulness|purpose  :: Constant company wears out ⟦it's⟧ welcome.
your -> you're  prev if|when|as|because|since|while|whether|unless|but|and|that|what|so|until|once|though|although  nextpos VBG  next2 a|an|the|it|this|that|them|me|him|her|us|so|too|not|going|really|very|up|out|about|of|multiple|all|here|there  :: Let's see if ⟦your⟧ using multiple servers.
your -> you're  cap  prev $  next welcome  next2 $|to  :: ⟦Your⟧ welcome.
your -> you're  cap  prev $  nextonly JJ  next2 $  :: ⟦Your⟧ beautiful.
your -> you  prev $  next should|can|could|would|must|might|shouldn't|can't|couldn't|wouldn't  :: If it's running, ⟦your⟧ should deactivate it.
you're -> your  prev of|in|on|at|to|for|with|from|into|by|about|under|over|through  nexttag NN|NNS  !next own|welcome|right|wrong|sure  :: Reduce the risk to ⟦you’re⟧ pet.
you're -> your  cap  prev $  nexttag NN|NNS  next2 is|was|has|will|can|seems|looks  :: ⟦You're⟧ optimization is a good example.
they're -> their  prev @PREP  nextonly NN|NNS|JJ|JJS  :: I'm not worried about ⟦they're⟧ problems.
they're -> their  prev are|were|is|was|that's  nextpos JJS  next2tag NN|NNS  :: These are ⟦they're⟧ best clothes.
they're -> their  prev is|was|that's  nexttag NN|NNS  !next own  :: The only thing is ⟦they're⟧ happiness.
it's -> its  prev he's|she's|that's|who's  nextpos JJ|JJS  next2tag NN|NNS  :: He's ⟦it's⟧ primary caretaker.
your -> you're  cap  prev $  next right|wrong  next2 $|but|about  :: ⟦Your⟧ right, but for the wrong reason.
ill -> I'll  cap  prev $  next explain|be|go|do|have|get|see|call|try|make|take|tell|let|check|send|bring|come|need|never|always|just|probably  :: ⟦Ill⟧ explain!
lets -> let's  prev $|so|now|ok|okay|then|and|but|please|well  next go|hear|see|talk|get|do|make|take|have|start|try|just|all|not|be|play|face|hope|say|look|move|begin|keep|celebrate|work|find|eat|call|meet|put|give|focus|think|consider|wait|stop|leave|turn|head|discuss|review|check|welcome  :: ⟦Lets⟧ go home.
let's -> lets  prev it|which|this|he|she  next you|us|them|him|her|me|people|users|all|anyone|everyone|students  :: It ⟦let's⟧ you quickly search for the product.
let's -> lets  prevtag NN|NNP  !prev today|now|tonight|tomorrow|week|year|time|okay|ok|well  next you|us|them|him|me|users|people|anyone|everyone|all  :: The system ⟦let's⟧ all students enter the building.
lot's -> lots  next of  :: There was ⟦lot's⟧ of stuff.
your's -> yours  :: It's not mine, it's ⟦your's⟧.
i'l -> I'll  :: Yes, ⟦I'l⟧.
we'r -> we're  :: Yes, ⟦we'r⟧ over here.
we'v -> we've  :: Yes, ⟦we'v⟧ discussed that.
you'r -> you're  :: Yes, ⟦you'r⟧ right.
they'r -> they're  :: Yes, ⟦they'r⟧ here.
you'v -> you've  :: Yes, ⟦you'v⟧ won.
they'v -> they've  :: Yes, ⟦they'v⟧ left.
wan't -> want  prev i|we|they|you|don't|didn't  :: But I ⟦wan't⟧ to suggest something else.
hell -> he'll  lower  prev and|but|so|that|because|if|when|think|hope|said|says  next be|have|go|do|come|never|not|get|see|make|take|know|say|tell|probably|likely|just|always|still  :: And ⟦hell⟧ be there.
hell -> he'll  cap  prev $  next be|never|probably  :: ⟦Hell⟧ be there.
shell -> shall  cap  prev $  next we|i  :: ⟦Shell⟧ we dance?
shell -> she'll  lower  prev and|but|so|that|because|if|when|think|hope|said|says  next be|have|go|do|come|never|not|get|see|make|take|know|say|tell|probably|likely|just|always|still  :: And ⟦shell⟧ be there.
shell -> she'll  cap  prev $  next be|never|probably  :: ⟦Shell⟧ be there.
wed -> we'd  prev $|actually|and|but|so|really|then|if|that|because  next gone|love|like|better|rather|have|never|been|already|probably|just|need  :: Actually, ⟦wed⟧ love to do this!
youre -> you're  :: I think ⟦youre⟧ right.
thats -> that's  :: ⟦Thats⟧ the plan.
whats -> what's  :: ⟦Whats⟧ the plan?
theres -> there's  lower  :: I know ⟦theres⟧ a plan.
couldnt -> couldn't  :: They ⟦couldnt⟧ agree.
wouldnt -> wouldn't  :: They ⟦wouldnt⟧ agree.
shouldnt -> shouldn't  :: They ⟦shouldnt⟧ agree.
havent -> haven't  :: They ⟦havent⟧ agreed.
hasnt -> hasn't  :: She ⟦hasnt⟧ agreed.
hadnt -> hadn't  :: She ⟦hadnt⟧ agreed.
arent -> aren't  :: They ⟦arent⟧ here.
wont -> won't  prev i|you|we|they|he|she|it|that|this|who|which|people  nextpos VB  :: It ⟦wont⟧ work.
cant -> can't  prev i|you|we|they|he|she|it|who  nextpos VB  :: I ⟦cant⟧ view PDF files.
cant -> can't  prev i|you|we|they|he|she|it|who  nexttag RB  next2pos VB  :: You ⟦cant⟧ usually view these files.
wont -> won't  prev i|you|we|they|he|she|it|that|this|who  nexttag RB  !next to  next2pos VB  :: It ⟦wont⟧ ever work.
ill -> will  prev i|we|you|they|he|she  next have|be|go|get|need|make|take|see|never|probably|try|come|call  :: It seems that I ⟦ill⟧ have to celebrate at home.
"""

WORDS_TABLE = Table(parse(WORDS_TEXT))
APOSTROPHES_TABLE = Table(parse(APOSTROPHES_TEXT))

WORDS = Rule(
    "grammar.confusions.words",
    CATEGORY,
    "neutral",
    "“{found}” should be “{fix}” here.",
    "Sound-alike words the neighbours decide (could breath, the extend of, could of been, walked passed, "
    "military personal): a data table, one line per context.",
    check_with(WORDS_TABLE),
    (*WORDS_TABLE.examples,
     good("I could breathe; to breath tests; from breath to breath; short of breath."),
     good("I'm here; in there somewhere; from there troops advanced; come here, you."),
     good("The room was quiet a moment; quiet, calm streets; they want to quiet a crowd."),
     good("The ones I know were happy; those who were there; a place where we live."),
     good("Some believe it; people in general believe; the rich believe; they complain."),
     good("A burden to prove; the alter ego; to alter the plan; a price war; a price of $5."),
     good("To the extent that; they agreed to extend it; security personal data; the will of elected MPs."),
     good("The might of armed forces; could have been; I knew it; nothing new to me."),
     good("Where is this from? From there where I drove; it is no different; no longer."),
     good("In May of 2019; the best was yet to come; the some 40 people; he came too."),
     good("I love you too, the most; it's too 1990s; the U.S. said; 3.5 times; the '90s."),
     good("Let's face it; that is enough; the tank you bought; once in a while."),
     good("You can log in; the login page; switch to backup; proceed to checkout; a backup plan."),
     good("He threw the ball; they came through the door; we go throw the trash."),
     good('From "grazing" to "feeding"; from A to B, to C, to D.'),
     good("Take the reigns of these kings as examples; Free Reign Entertainment; the Some Mothers; up to Data."),
     good("Children who are quiet a lot of times; lacking in tact; Hi Time Wine Cellars."),
     good("Part of it is worry that they will fire me; it was worry; the complain flag; the comprise of issues."),
     good("Another one in the same place; this is one in the same request; they were composed of many groups."),
     good("The hole in the road; a whole new world; the weather forecast; whether or not; cleaning cloths."),
     good("They fell sick; it fell like a stone; the later years; a new device; it may be true; quite a lot."),
     good("It was quite as good; one-off the shelf; a weak economy; the weak link; from profit to loss."),
     good("Those who are young; we are going; to no avail; I know one; I won't go; though he left; not a whit."),
     good("I can tell you though that it compiles; Th is the symbol for thorium."),
     good("With DMA disabled it's possible to output; it's welcome news."),
     good("The lawsuit was filed with the court; Royal Dutch Shell have said; Wed 5 May."),
     good("I gave my mother and him the book; my friends and them, they left; more since than before."),
     good("He is to blame; the goal was to open the market; it was to general applause; way to go."),
     good("A power tool long ago; a Ling of Fujian; I, the president; the word; in the whole word list."),
     good("He was wont to say; the thieves' cant usually; Shell has said; I fell ill today; they ill-treated me."),
     good("He gave the customers information; the darts tip; the standards committee; the presidents met."),
     good("Ne Win ruled; stationery is sold here; the stationery cupboard; I will; a but-for test."),
     good("A red nut. Pine nut oil; the hexagonal nut head; a lug nut wrench."),
    ),
    langs=EN,
)

APOSTROPHES = Rule(
    "grammar.confusions.apostrophes",
    CATEGORY,
    "neutral",
    "“{found}” should be “{fix}” here.",
    "Contractions and possessives swapped where the context decides (borrow it's approach, by who's "
    "standards, if your thinking, about they're problems, Lets go, it let's you): a data table.",
    check_with(APOSTROPHES_TABLE),
    (*APOSTROPHES_TABLE.examples,
     good("I think it's time; it's worth it; as it's raining; I know it's true; like it's 1999."),
     good("Who's responsible? Who's next? Who's who in Beijing; those whose lives matter."),
     good("Who's coming, that is the question; who's next this time; who's here; it's served its purpose."),
     good("If your writing style is clear; your thinking is sound; you're welcome; your welcome gift."),
     good("Your thinking of the problem was clear; the cost of your planning of it."),
     good("It lets you sleep; let's go; next week let's meet; the EU's rules; it's its own."),
     good("They're best friends; about their problems; they're good at it; hell no; Wed, 5 May."),
    ),
    langs=EN,
)

_APOS = re.compile("['’]")
_SUFFIXES = frozenset("s t re ve ll d m".split())
_VERB_TAGS = frozenset("VB VBP VBN VBD VBG".split())
_NOUN_BEFORE = frozenset("DT PRP$ JJ JJS JJR POS CD".split())
_NOT_VERB_S = frozenset("let it that what who there here he she how where when why one everyone do go have be "
                         "say no yes".split())


def _apostrophe_fix(doc, tg, i: int) -> str | None:
    """The right form of word ``i``, which holds an apostrophe, or None."""
    word = doc.word_texts[i]
    k = max(word.rfind("'"), word.rfind("’"))
    pre, apos, suf = word[:k], word[k], word[k + 1:]
    if not pre or not suf:
        return None
    if suf.lower() in _SUFFIXES and not suf.islower() and not word.isupper() and pre[-1:].isalpha():
        return pre + apos + suf.lower()  # "We'Re", "don'T", "document'S"
    if suf != "s":
        return None
    low = pre.lower()
    if low in _NOT_VERB_S:
        return None
    readings = lex.table().get(low)
    if readings is None:
        return None
    tags = {t for t, _ in readings}
    if tags <= _VERB_TAGS and "VB" in tags and pre.islower():
        # "it become's" -> "becomes"; but after a determiner or adjective the
        # word is a noun the lexicon lacks ("his stunning get's surprised")
        if i > 0 and tg.joined(i) and doc.word_keys[i - 1] not in ("this", "that") \
                and tg.tag(i - 1) in _NOUN_BEFORE:
            return None
        return third_person(low)
    if tags == {"NNS"} and low.endswith("s"):
        return pre + apos  # "the employees's" -> "employees'"
    return None


def _apostrophe_forms(unit, options):
    doc = unit.target
    text = doc.text
    if "'" not in text and "’" not in text:
        return
    starts = doc.word_starts
    tg = doc.tagged
    last = -1
    for m in _APOS.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i <= last or i < 0 or doc.word_ends[i] <= m.start():
            continue
        last = i
        fix = _apostrophe_fix(doc, tg, i)
        if fix is None:
            continue
        s, e = starts[i], doc.word_ends[i]
        if not doc.is_protected(s, e):
            yield Finding(s, e, args={"fix": fix}, suggestions=(fix,))


APOSTROPHE_FORMS = Rule(
    "grammar.confusions.apostrophe-forms",
    CATEGORY,
    "neutral",
    "“{found}” should be “{fix}”.",
    "An apostrophe in the wrong kind of word: a capital after it (We'Re, don'T), a verb with 's (it "
    "become's), or 's after a plural (the employees's decision).",
    _apostrophe_forms,
    (
        bad("⟦We'Re⟧ looking forward to the meeting.", "We're"),
        bad("We ⟦don'T⟧ need this.", "don't"),
        bad("If this ⟦become's⟧ a problem, stop.", "becomes"),
        bad("This vehicle ⟦get’s⟧ used too much.", "gets"),
        bad("This was the ⟦employees's⟧ decision.", "employees'"),
        good("We're here; WE'RE HERE; I'M OK; O'Neill's and D'Souza's plans; the U.S.'s role."),
        good("China's economy; the boss's office; Jones's book; let's go; it's fine; the '90s."),
        good("The stupid get's fallen off; his stunning get's surprised everyone; his get's dirty."),
        good("The EU's rules; the children's books; what's new; the Times's editor; rock 'n' roll."),
    ),
    langs=EN,
)

RULES = (APOSTROPHE_FORMS, APOSTROPHES, WORDS)
