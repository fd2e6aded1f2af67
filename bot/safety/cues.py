"""The compiled cue patterns: what each situation, danger now and a general question look like.

Every pattern reads normalised text (see vocabulary.normalise); triage.py decides what they mean.
"""

from __future__ import annotations

import re

from bot.safety.vocabulary import (
    CHILD,
    HOUSEHOLD_ADULT,
    IMAGE,
    MONEY,
    OTHER_ADULT,
    SEXUAL,
    VERB,
    _rx,
)

# --- a real person, or a general question ---------------------------------------------------
# A real person the message is about; one inside an "if"/"when" clause does not count.
PERSON = re.compile(
    rf"\b(?:(?:my|our|his|her|their|the) (?:\w+ ){{0,2}}?(?:{HOUSEHOLD_ADULT}|{OTHER_ADULT})s?|"
    rf"in (?:my|our) care|(?:picture|photo|image|video|pic|nude|nudes) of (?:her|him|them)|"
    r"(?:his|her|their) (?:search|searches|phone|laptop|tablet|ipad|history|messages|arms|legs|room|"
    r"story|account|wrists)|"
    rf"(?:a|an) (?:\w+ )?(?:{HOUSEHOLD_ADULT}|{OTHER_ADULT}) (?:at|from|in|on|who|next door|{VERB})|"
    rf"(?:my|our|his|her|their) (?:\w+ ){{0,2}}?{CHILD}s?|(?:her|his|their) (?:\w+ )?{IMAGE}|"
    rf"(?:a|the|this) (?:{CHILD}) (?:at|in|from|on|of|next door|who)|"
    r"(?:son|daughter|kid|child|boy|girl|niece|nephew|grandson|granddaughter) (?:is |aged )?\d{1,2}\b|"
    r"(?:hes|shes|he is|she is) (?:only )?\d{1,2}\b|"
    rf"i am \d|im \d|i m \d|i (?:keep|think|found|saw|caught|look|looked|need|want|clicked|"
    rf"accidentally|just|reported|came|bought|am|m|have|had|dont|do not|cant|cannot|wont|feel|hate)|im(?! an? )|i m(?! an? )|ive|i ve|"
    rf"(?:we|weve|we have) (?:just )?(?:found|saw|caught|think|discovered)|found|came across|"
    rf"(?:someone|somebody|a man|an adult|a guy|this guy|some guy|a stranger|this man|some man|"
    rf"a woman|a person|a bloke|some bloke|an account|some account|the person|a scammer|"
    rf"they|he|she|hes|shes|theyre|the man|the guy|a boy|a girl|there is|theres) {VERB})\b"
)
# Words that make the person just after them hypothetical ("if my son...").
CONDITIONAL = re.compile(
    r"\b(?:if|whether|in case|suppose|supposing|would|could|ever|when|before|hypothetically)\b"
)
# Asking what a thing is or whether it is illegal: "what is csam", "is it illegal to...".
DEFINITIONAL = re.compile(
    r"^(?:what (?:actually|exactly) is|what is|what are|whats|what s|what does|meaning|define|definition|is it illegal|"
    r"is it a crime|why is)\b"
)
# The opening of a question or a request for advice.
QUESTION_START = re.compile(
    r"^(?:what|whats|how|is|are|should|when|why|can|could|do|does|which|where|at what|tips|"
    r"advice|ways|any|explain|define|meaning|best way)\b"
)
# Teaching, warning and protecting are what education questions are about.
TEACHING = re.compile(
    r"\b(?:talk|talking|teach|teaching|explain|explaining|warn|warning|protect|protecting|"
    r"prepare|prep|bring up|discuss|start|educate|raise|say no|stay safe|keep (?:\w+ ){0,2}safe|"
    r"prevent|stop (?:\w+ ){0,3}(?:from|sharing|seeing|using|going)|tell (?:\w+ ){0,4}about|"
    r"look out for|watch out for|look for|tell (?:\w+ ){0,3}to do|"
    r"what (?:should|do|can) (?:i|we) (?:tell|say)|"
    rf"what (?:should|can|do) (?:my|a|the|our) (?:\w+ )?{CHILD} do|"
    r"what (?:should|can) (?:they|he|she|kids|children|teens|teenagers) do|make sure|know if|tell if|spot|"
    r"recognise|recognize|signs|what age|age limit|minimum age|how old|block|filter|set up|"
    r"parental controls?|books?|resources?|turn off|turn on|switch off|switch on)\b"
)
# Words that say something did happen: they keep a question a disclosure.
HAPPENED = re.compile(
    r"\b(?:has been|have been|had been|was|were|got|just (?:found|saw|discovered|told|sent|got|caught|"
    r"been|seen|heard)|found|is being|are being|keeps|kept|"
    r"sent|asked|posted|shared|told me|said|says|admitted|caught|discovered|happened|"
    r"threatening|demanding|did|does|started|already)\b"
)
# "Nothing has happened" and "I keep hearing about..." say the parent is asking, not telling.
NOT_AN_EVENT = re.compile(
    r"\b(?:nothing (?:has |bad )?happened|nothings happened|nothing has happened yet|hasnt happened|"
    r"just asking(?: (?:generally|in general|hypothetically|out of interest))?|asking for a friend|"
    r"hypothetical(?:ly)?(?: question)?|not an emergency|asking (?:in general|generally)|"
    r"generally speaking|"
    # "i heard his voice", "i read her messages": what the parent witnessed, not news.
    r"(?:i|we) (?:keep hearing|kept hearing|keep seeing|kept seeing|(?:(?:have|ve) )?(?:heard|read)"
    r"(?! (?:his|her|their|him|them|it|my|what (?:he|she|they)) )|"
    r"saw (?:a|an|the|something) (?:news|article|post|story|report|documentary|programme|video about))"
    r"|(?:in|on) the news)\b(?! (?:that (?:i|we) know of|as far as (?:i|we) know|yet|but|as such|exactly|really|that i can prove)\b)"
)
# The parent says outright that this is a general question.
JUST_ASKING = re.compile(
    r"\b(?:just asking|asking for a friend|hypothetical(?:ly)?|not an emergency|asking (?:in general|"
    r"generally)|generally speaking|just (?:wondering|curious)|"
    # Preparing for what has not happened: "if my kid was ever blackmailed...". (Not "before
    # anything happens": "I'm worried about my own thoughts... I want help before anything happens".)
    r"if (?:\w+ ){1,4}(?:was|were|is|ever) ever\b|"
    r"if (?:\w+ ){0,3}ever (?:gets?|got|was|were|is|does|did|has|had|finds?|sees?|comes?|happens?|"
    r"happened|tells?|told|sends?|sent|asks?|asked|messages?|contacts?|shows?|shares?|offers?)|god forbid|"
    r"not saying (?:mine|my \w+|he|she|they|it|anything) (?:has|have|is|did|does|was)|"
    r"not about (?:anyone|anybody|anything|any child|a child) (?:specific|in particular)|"
    r"not about (?:any|a|one) (?:particular|specific) \w+|"
    r"nothing specific|nobody in particular|no one in particular|"
    # Said outright: nothing has happened, the parent wants to be ready.
    r"(?:nothing (?:bad )?(?:has |s )?happened|nothings happened|it hasnt happened)"
    r"(?! (?:that (?:i|we) know of|as far as (?:i|we) know|yet|but|as such|exactly|really|that i can prove)\b)|"
    r"just so (?:i|we) know|(?:just )?(?:want|wanted|wanting) (?:(?:her|him|them|us|my \w+) )?(?:to be )?"
    r"(?:prepared|ready)|ahead of time|(?:tell|talk to|warn|prepare|teach) (?:\w+ ){0,3}in advance)\b"
)
# Sending nudes as a thing young people do, not as an event: "teens sending nudes", "my son
# reckons sending nudes is normal", "what's the law about kids sharing nudes?".
NUDES_AS_A_TOPIC = re.compile(
    r"\b(?:(?:teens|teenagers|kids|children|young people|boys|girls|people|under 18s|minors|about|on|"
    r"re|regarding|reckons|thinks|says) )(?:sending|sharing|swapping|exchanging|trading) (?:nudes|nude "
    r"(?:pics|photos|images|selfies)|sexts)\b|\b(?:sending|sharing|swapping|exchanging) (?:nudes|nude "
    r"(?:pics|photos|images)|sexts) (?:is|are|isnt|was) (?:normal|illegal|legal|ok|okay|a crime|against|"
    r"common|just|actually|really|not)\b"
)
# A greeting or filler before a question: "kia ora, any tips...", "ok thanks. is a smartwatch...".
GREETING_PREFIX = re.compile(
    r"^(?:(?:hi|hello|hey|hiya|heya|kia ora|good (?:morning|afternoon|evening)|sorry|ok|okay|thanks|"
    r"thank you|ta|cheers|right|so|um|hmm|quick question|question|please|pls|yes|no|nice) )+"
)
# Asking for a person to talk to ("is there someone I can talk to?"): help, not a teaching question.
TALK_TO_SOMEONE = re.compile(
    r"\b(?:someone|somebody|anyone|a person|a human|a real person) (?:i|we) (?:can|could) "
    r"(?:talk|speak|chat) (?:to|with)\b|\b(?:can|could) (?:i|we) (?:talk|speak) (?:to|with) "
    r"(?:someone|somebody|anyone|a person|a human|a real person)\b"
)


# A worry about a person that does not yet say what happened ("something's off with her stepdad").
def _warning_signs() -> tuple[str, ...]:
    """Signs a child is hiding something, told of a real child: each is a worry by itself, and
    two of them are a worry even inside a question ("how do you know if your kid is hiding
    something? she's 13, deleting everything, a new hoodie she didn't buy")."""
    return (
        r"\bhiding something\b",
        r"\b(?:deletes?|deleting|deleted|wipes?|wiping|clears?|clearing) (?:everything|all (?:her|his|their) "
        r"\w+|(?:her|his|their) (?:messages|chats|history|search history|texts|photos)|(?:them|it) (?:when|as "
        r"soon as|straight away|before|whenever))\b",
        r"\b(?:new|expensive) (?:\w+ ){1,2}(?:she|he|they) (?:didnt|did not|couldnt|could not|cant|cannot) "
        r"(?:buy|afford|pay for|explain)\b",
        r"\bwont (?:say|tell (?:me|us)) (?:where|who) (?:it|they|that|these|the \w+|(?:her|his) \w+) (?:came|come|"
        r"is|are|was|were) from\b|\bwont (?:say|tell (?:me|us)) who (?:theyre|its|thats) from\b",
        r"\b(?:packages|parcels|deliveries|presents|gifts) (?:keep )?(?:arriving|delivered|turning up|coming)\b",
        r"\b(?:jumps?|jumpy|panics?|flinches) (?:\w+ ){0,5}when (?:\w+ ){0,2}(?:buzzes|pings|rings|goes off|"
        r"lights up)\b",
        r"\b(?:hides|hiding|turns over|covers|snatches) (?:her|his|their) (?:phone|screen|tablet|laptop)\b",
        r"\bwont (?:let (?:me|us) (?:see|near|touch)|put down) (?:her|his|their) (?:phone|screen|tablet)\b",
    )


WARNING_SIGNS = tuple(re.compile(sign) for sign in _warning_signs())

CONCERN_CUES = _rx(
    r"\b(?:could be nothing|probably nothing|might be nothing|maybe nothing|something worse|"
    r"(?:maybe )?(?:im|i am) (?:probably )?(?:overthinking|overreacting|being paranoid)|"
    r"county lines|disappearing (?:overnight|for days|at night|at weekends)|new trainers|"
    r"(?:wetting|wets) the bed again|bed ?wetting again|doesnt want (?:hugs|to be hugged|to be touched)|"
    r"came back (?:from \w+ (?:\w+ )?)?(?:different|changed|not (?:himself|herself))|"
    r"(?:i think|i reckon|worried|scared|afraid) something (?:happened|has happened|went on|is going on)|"
    # "something happened and im not sure if it counts": told, not asked ("what if something happened").
    r"(?<!\bif )(?<!\bwhen )(?<!\bcase )(?<!\bbefore )(?<!\bunless )something (?:bad |awful |terrible |"
    r"weird |horrible )?(?:has |s )?happened\b|"
    r"(?:not sure|dont know) (?:if|whether) i should (?:be )?(?:worried|worry|concerned)|"
    r"wont (?:say|tell (?:me|us)) who|"
    r"(?:two|second|extra|new) phones?(?: he| she| we)? (?:didnt|cant|wont|never)|two phones|"
    r"unexplained (?:money|cash|gifts|clothes)|"
    r"cant put my finger on it|is (?:that|this|it) a sign|not sure what (?:im|i am) (?:looking at|seeing|"
    r"reading)|dont know what to make of (?:it|this|that|them))\b",
    r"\b(?:only just|finally|just) (?:told|admitted to|opened up to) (?:me|us)\b",
    r"\b(?:i am|im|i m) (?:so |really |very |a bit |a little )?(?:worry|worried|scared|concerned)\b",
    r"\b(?:doesnt|does not|dont|wont|refuses to) (?:want to )?go (?:to|round|back to|near) (?:his|her|their|"
    r"my|our|the) \w+",
    r"\bwont (?:say|tell (?:me|us)) why\b",
    # A child told to keep quiet: "I'm not allowed to talk about the man at home".
    r"\b(?:not|isnt|arent|im not|is not) (?:allowed|supposed|meant) to (?:talk|tell|say|speak) (?:about|anyone|"
    r"anybody|anything|to)\b",
    r"\b(?:inappropriate|not right|something(?: is|s| s)? (?:just |really |a bit |very )?(?:off|wrong|not right)|(?:funny|gut|bad) feeling|"
    r"uneasy|uncomfortable|creepy|cagey|secretive|dodgy|suspicious|red flags?)\b",
    rf"\b(?:worried|worry|worrying|concerned|concerns) about (?:my|our|his|her|their|the) (?:\w+ )?"
    rf"(?:{HOUSEHOLD_ADULT}|{OTHER_ADULT})\b",
    # "just worried about my son", "his stepmum is weird with my daughter": a worry, unsaid.
    rf"(?:^|\bjust |\breally |\bso |\bbit )(?:worried|concerned) about (?:my|our) (?:\w+ )?{CHILD}\b",
    rf"\b(?:is|s|acts?|acting|been|being|gets) (?:\w+ ){{0,2}}(?:weird|strange|odd|off|funny|too close|"
    rf"over ?familiar) (?:with|around|towards?) (?:my|our|her|him|them|the) ?(?:\w+ )?(?:{CHILD})?",
    # A child changed, and the parent cannot tell why: "acting weird since she got her phone".
    r"\b(?:acting|behaving|seems?|seemed|gone|become|becoming) (?:really |so |a bit |very |quite |all )?"
    r"(?:weird|strange|odd|differently|different|withdrawn|distant|jumpy|on edge|quiet|secretive|"
    r"not (?:herself|himself|themselves))\b",
    r"\b(?:not sure|dont know|no idea) what(?:s| is| s) (?:going on|wrong|happening)\b",
    r"\b(?:goes|went|gone|going) (?:all |really |very )?(?:quiet|silent|pale|red|white)\b(?: \w+){0,4} "
    r"(?:when|whenever|every time|if)\b",
    r"\b(?:barely|hardly|not|stopped|isnt|wont stop|cant stop) (?:eating|sleeping)\b",
    r"\b(?:cries|crying|cried) (?:\w+ )?(?:sometimes|a lot|at night|all the time|herself to sleep|"
    r"himself to sleep|in (?:her|his) room)\b",
    # Starting to tell, not yet able to: "I need to ask about something involving my son".
    rf"\bsomething (?:involving|about|to do with|regarding|concerning|that happened (?:to|with)) "
    rf"(?:my|our) (?:\w+ )?(?:{CHILD})\b",
    r"\b(?:dont|do not|cant|can not|cannot) (?:know how to |even )?(?:say|put|word|explain|bring myself to "
    r"say) (?:it|this)(?: (?:out loud|properly|right))?$",
    *_warning_signs(),
)
# Someone of the parent's own: "my son", "our neighbour".
OWN_PERSON = re.compile(
    rf"\b(?:my|our) (?:\w+ ){{0,2}}?(?:{CHILD}|{HOUSEHOLD_ADULT}|{OTHER_ADULT})s?\b"
)

# --- time and danger -----------------------------------------------------------------------
# Happening now or within the hour: time words, "just texted", "about to", calls for help.
RIGHT_NOW = _rx(
    r"\b(?:right now|just now|at the moment|atm|as we speak|currently|this minute|this second|"
    r"still in there|still there|"
    r"at this (?:very )?moment|immediately|happening now|its happening)\b",
    r"\bsince (?:last night|yesterday|lunch ?time|school|\d{1,2})\b",
    r"\b(?:tonight|today|this (?:morning|afternoon|evening)|midnight|\d{1,2} ?(?:pm|am)|"
    r"at \d{1,2}(?: tonight| oclock)?)\b",
    r"\b(?:in|about|around) (?:a|an|one|two|\d+|a few|few|ten|five|fifteen|twenty|thirty|half an)"
    r" (?:minute|min|mins|minutes|hour|hours|hr|hrs)\b",
    r"\b(?:\d+|ten|five|twenty|thirty|a few) (?:minutes|mins|min) ago\b",
    r"\b(?:\d+|an|one|two|three|four|five|a few|few|couple of) (?:hour|hours|hrs) ago\b",
    r"\b(?:been going|going on) (?:for )?(?:\d+|ten|five|twenty) (?:minutes|mins)\b",
    r"\bjust (?:shown|arrived|turned up|appeared|pulled up|tried|asked|offered|grabbed|followed)\b",
    r"\b(?:just|has just|have just|hes just|shes just|ive just|weve just) (?:texted|messaged|called|rang|"
    r"rung|phoned|sent|told|gone|left|taken|posted|got|found out|grabbed|snatched|driven off|put|seen|"
    r"found|noticed|read|heard|discovered|been told)\b",
    r"\b(?:about to|on (?:his|her|their|the) way|still (?:there|with|behind|outside|not))\b",
    r"\b(?:help (?:me|us|please)|please help|need help|urgent|urgently|emergency|hurry|"
    r"quick|quickly|asap|fast|^help)\b",
    # "is that just normal now?" asks about the times, not about this minute.
    r"(?<!normal )(?<!common )(?<!thing )(?<!usual )(?<!standard )(?<!the norm )\bnow\b"
    r"(?! (?:safe|ok|okay|fine|home|asleep|a days|\d))",
    r"\b(?:is|s|has gone|gone|going|went) live\b",
    r"\b(?:theres|there is|hes|shes|is) (?:a \w+ |some \w+ )?(?:sitting|parked|waiting|standing|lurking)\b",
)
# Where the family lives for now ("we're stationed in Germany right now"): the time word is
# about the home, not about danger.
RESIDENCE_NOW = _rx(
    r"\b(?:live|living|lives|stationed|based|posted|located|deployed|settled|renting) (?:\w+ ){0,4}"
    r"(?:right now|at the moment|atm|currently|for now|now)\b",
    r"\b(?:currently|right now|at the moment) (?:live|living|stationed|based|posted|located|deployed)\b",
)
# The child is safe now ("she's home" but not "she's home alone").
CHILD_SAFE = _rx(
    # "nan is asleep" says nothing of the child.
    r"(?<!nan )(?<!nana )(?<!gran )(?<!granny )(?<!grandma )(?<!grandad )(?<!grandpa )(?<!mum )"
    r"(?<!mom )(?<!dad )(?<!everyone )(?<!parents )"
    r"\b(?:is|s|are|re|am|m|hes|shes|theyre|im) (?:now )?(?:safe|ok|okay|fine|home(?! alone)|"
    r"back home(?! alone)|with me|asleep)(?: now| at the moment)?\b",
    r"\b(?:is|s|hes|shes|theyre|are|re) (?!(?:come|came|coming|gone|went|got|getting|going|barged|walked|"
    r"burst|crept|snuck|climbed|been) )(?:\w+ )?(?:at home|at school|upstairs|downstairs|in (?:her|his|their) "
    r"room|in bed|here with (?:me|us)|with (?:me|us|(?:her|his|their) (?:dad|mum|mom|nan|gran|granny|grandma|"
    r"grandad|aunt|auntie|dads|mums)))\b(?! with (?!me\b|us\b))",
    r"\bnow (?:safe|ok|okay|fine|home(?! alone))\b",
)
# It happened in the past.
PAST = _rx(
    r"\b(?:years|months|weeks|days) ago\b",
    r"\blast (?:year|month|week|summer|winter|spring|autumn|fall|christmas|term)\b",
    r"\bwhen (?:she|he|they|i) (?:was|were) (?:little|younger|small|\d)",
    r"\bused to\b",
    r"\bin the past\b",
    r"\bhistoric(?:al)?\b",
)
SAFE_NOW = re.compile(f"{CHILD_SAFE.pattern}|{PAST.pattern}")
# Present time that a past event mentioned elsewhere does not cancel ("he just texted me").
STRONG_NOW = _rx(
    r"\b(?:didnt|hasnt|never|did not|has not) (?:come|came) (?:home|back) last night\b",
    r"\b(?:right now|just now|as we speak|at the moment|currently|this minute|tonight|today|"
    r"on (?:his|her|their) way|about to)\b",
    r"\b(?:just|has just|have just|hes just|shes just|ive just) (?:texted|messaged|called|rang|rung|phoned|"
    r"sent|told|gone|left|seen|found|noticed)\b",
)
# A deadline: a threat that will be carried out within hours (sextortion, violence).
DEADLINE = _rx(
    r"\b(?:in|within) the next (?:hour|few hours|\d+ (?:hours|hrs|minutes|mins))\b",
    r"\b(?:one|an|1|two|2|three|3|24|48) (?:hour|hours|hr|hrs)\b",
    r"\bby (?:midnight|tonight|tomorrow|the morning|morning|\d{1,2}(?: ?(?:am|pm|oclock))?)\b",
    r"\b(?:tonight|midnight|today)\b",
    r"\bat \d{1,2}(?: ?(?:am|pm|oclock|o clock))?\b(?! (?:year|years|yrs|yr|yo|months?)\b)",
    r"\b(?:in|within) (?:\d+|a few|ten|five|twenty|thirty|half an) ?(?:minute|min|mins|minutes|hour|hours)\b",
)
# Someone asking a child for an image, and an image already out: which one it is decides the route.
ASKED_FOR_IMAGE = re.compile(
    r"\b(?:wants?|wanted|asking|asked|asks|keeps asking|begging|pressuring \w+) (?:\w+ ){0,3}(?:for )?"
    r"(?:a |some |more )?(?:pic|pics|photo|photos|picture|pictures|image|images|nudes|video|videos|selfies?)\b"
)
IMAGE_OUT = re.compile(
    r"\b(?:shared|sent round|sent around|posted|going round|going around|all over|leaked|passed round|"
    r"spread|has a (?:pic|photo|picture|video|nude)|have a (?:pic|photo|picture|video|nude)|sent (?:him|her|them) "
    r"(?:a |some )?(?:pic|pics|photo|photos|picture|nudes?))\b"
)
# A threat to post or send images: with a deadline it is danger now.
THREAT = re.compile(
    r"\b(?:post|posting|share|sharing|send|sending|leak|leaking|release|put) (?:\w+ ){0,3}(?:pics|pictures|"
    r"photos|nudes|images|videos|it|them)\b|\b(?:pics|pictures|photos|nudes|images|videos) (?:\w+ ){0,3}"
    r"(?:online|everywhere|to everyone)\b"
)
# Self-harm with the means at hand, or a goodbye: an emergency, not a worry.
MEANS_AT_HAND = _rx(
    r"\b(?:pills|tablets|meds|medication|paracetamol|knife|blade|razor|rope)\b (?:\w+ ){0,3}"
    r"(?:in front of|in (?:my|her|his|their) hand|ready|next to)\b",
    r"\b(?:saved|saving|stockpil\w*|hoard\w*|got|have|has|a load of|loads of|a bunch of) (?:up )?"
    r"(?:\w+ ){0,2}(?:pills|tablets|meds)\b",
    r"\b(?:pills|tablets|meds|paracetamol) (?:\w+ ){0,3}(?:counted out|lined up|laid out)\b",
    r"\b(?:written|wrote|left) (?:\w+ )?(?:letters|notes|a letter|a note) (?:for|to) (?:everyone|everybody|"
    r"all of us|all of you|my family|the family)\b",
    r"\block(?:ed|ing|s)? (?:herself|himself|themselves|themself|myself) in\b",
    r"\bgoodbye\b",
    r"\bsorry for everything\b",
    r"\b(?:do|doing) it tonight\b",
    r"\b(?:has|have|got|made|making) (?:a |his |her |their )?plans? (?:for|to do it|to end it) ?(?:tonight|today|"
    r"this (?:evening|weekend|afternoon))\b",
    r"\b(?:not|no|isnt) stopping bleeding\b",
)
# The writer's own wish to die, said now ("i dont want to be here anymore", "i want to kill
# myself"): danger now, not a worry; quoted words ("she said 'i want to die'") are not the writer's.
SELF_NOW = _rx(
    r"\b(?:i|im|i m) (?:just |really |honestly |seriously )?(?:dont|do not|no longer) (?:even )?"
    r"(?:want to|wanna) (?:live|be alive|be here|exist|wake up|go on|do this)\b",
    r"\bi (?:just |really |honestly )?(?:want to|wanna|am going to|m going to|im going to|gonna) "
    r"(?:die|end it|end it all|not be here|kill myself|hurt myself|end my life|disappear forever)\b",
    r"\b(?:kill|killing|end|ending) (?:myself|my life|it all tonight)\b",
)
# A child at risk of self-harm shut away and not answering: there is no knowing she is safe.
UNRESPONSIVE = _rx(
    r"\b(?:wont|will not|isnt|is not|not) (?:answer|answering|open|opening|respond|responding|come out|"
    r"coming out|unlock|unlocking)"
    r"(?! (?:me |us |to me )?(?:about|when|if|questions|any|up|my|of|her phone|his phone))"
    r"(?: (?:me|us|the door|her door|his door))?\b",
    r"\block(?:ed|ing|s)? (?:herself|himself|themselves|themself) in\b",
    r"\bcant get (?:in|into (?:the|her|his) (?:room|bathroom))\b",
)
# Someone the parent fears is coming for the child within hours ("he's coming to get her in an
# hour"): with abuse told, the child is in danger now.
COMING_FOR_CHILD = _rx(
    r"\b(?:coming|comes|come|picking|pick|collecting|collect|turning up|turn up|taking|take) "
    r"(?:\w+ ){0,12}(?:in (?:like |about |around |maybe |roughly )?(?:an|a|one|two|half an|\d+) "
    r"(?:hour|hours|hr|hrs|mins|minutes)|"
    r"tonight|in a bit|any minute|any time now|soon|this evening|after school today|later today)\b",
    # Travel the other person has arranged: "booked her an uber to his place".
    r"\b(?:booked|ordered|sent|paid for|paying for|bought) (?:her|him|them|my \w+) (?:an? |the )?"
    r"(?:uber|taxi|cab|lyft|ride|lift|train ticket|bus ticket|ticket|flight)\b",
    r"\bwaiting (?:outside |out front |at the \w+ )?for (?:it|him|her|them|the (?:car|uber|taxi|cab|lift|ride))\b",
)
# The person the parent is worried about is with a child at this moment: bathing them, putting
# them to bed, alone with them ("he's upstairs giving my 4 year old a bath right now").
WITH_CHILD_NOW = _rx(
    r"\b(?:hes|shes|he is|she is|theyre|they are|is) (?:\w+ ){0,2}(?:alone with|bathing|"
    r"giving (?:\w+ ){0,4}(?:a |her |his |their )?bath|putting (?:\w+ ){0,4}to bed|in (?:the|her|his|their) "
    r"(?:room|bed|bath|bathroom) with|looking after|babysitting|minding|"
    # "her mum's boyfriend is in her room and won't leave".
    r"in (?:her|his|their) (?:room|bed|bedroom)(?= and (?:wont|will not|refuses to) (?:leave|go|get out))|"
    r"with (?:my|our|the) "
    r"(?:\w+ )?(?:daughters?|sons?|child|kids|children|baby|girls?|boys?|little ones?|\d+ year olds?|"
    r"grandkids|grandchildren))\b",
)
# Physical harm in progress: "my boyfriend is slapping my son", "he's laying into her".
# A child hiding from the person hurting them, now: "she's hiding in the garden".
HIDING_NOW = _rx(
    r"\b(?:shes|hes|theyre|she is|he is|they are|is|are|im|i am) (?:\w+ )?hiding (?:in|under|behind|from|"
    r"at|upstairs|downstairs|outside)\b",
    r"\b(?:shes|hes|theyre|she is|he is|they are|im|i am) (?:locked|barricaded) in\b",
)
# The person who hurt the child is still there, or threatens more: "he's still here and he's saying
# worse will happen when mum gets home".
STILL_THERE = _rx(
    r"\b(?:hes|shes|theyre|he is|she is|they are) still (?:here|there|in the house|at (?:home|the house)|"
    r"downstairs|upstairs|in the next room|in the other room|around)\b",
)
THREAT_OF_HARM = _rx(
    r"\bworse (?:will|is going to|gonna) happen\b",
    r"\b(?:going to|gonna|will|ll|says hell|said hell|threatening to) (?:hurt|kill|hit|batter|beat|"
    r"get) (?:me|us|her|him|them|my \w+)\b",
)
HARM_IN_PROGRESS = _rx(
    r"\b(?:is|are|hes|shes|theyre|s) (?:\w+ )?(?:hitting|slapping|punching|kicking|beating|"
    r"choking|strangling|shaking|laying into|battering|thumping|smacking) (?:me|him|her|them|my \w+|"
    r"the (?:child|baby|kid|kids|little one)|our \w+)\b",
)
# Someone trying to get at a child now: "he's banging on her door now". Her room, or home, is
# no safety from a person at its door.
AT_THE_DOOR = _rx(
    r"\b(?:banging|hammering|kicking|pounding|thumping|smashing|booting) (?:on |at |in |down )?(?:her|his|"
    r"their|my|the) (?:bedroom |bathroom )?door\b",
    r"\btrying to (?:get in|break in|break the door|get through the door|get into (?:her|his|their|my|the) "
    r"(?:room|bedroom|bathroom))\b",
)
# A child who has gone to meet someone...
MEETING = re.compile(
    r"\b(?:gone|went|going|left|snuck out|sneaked out|sneaking out|ran off|run off|headed|heading|"
    r"getting the bus|got the bus|got a train|getting a train|on (?:a|the) (?:bus|train))\b"
    r"(?: \w+){0,10}? (?:to (?:go (?:and )?)?meet|meet up|meeting)\b"
)
# A child who has not come back...
NOT_BACK = re.compile(
    r"\b(?:bed|room) (?:is |s |was )?empty\b|"
    r"\b(?:hasnt|has not|havent|have not|didnt|did not|not|never|still not) (?:come|came|got|gotten|"
    r"arrived|been) (?:back|home)\b|\bnot (?:back|home) yet\b|"
    r"\b(?:shes|hes|theyre|she is|he is|they are) (?:still )?not (?:back|home)\b|\bisnt (?:back|home)\b|"
    r"\b(?:not|isnt|hasnt come|hasnt got|never came|never got) back from\b|"
    r"\b(?:never|didnt|did not|hasnt|has not|not) (?:turned up|turn up|arrived|shown up|showed up)\b|"
    r"\b(?:not been|hasnt been|havent|nobody has|no one has|noone has) (?:seen|heard from)(?: \w+)? since\b|"
    r"\b(?:been|s been|has been) (?:away|gone) since\b|"
    r"\b(?:isnt|is not|wasnt|not) (?:at|where) (?:the )?(?:sleepover|party|(?:her|his) (?:friends|mates)|"
    r"(?:she|he) (?:said|told))\b|"
    r"\b(?:isnt|is not|wasnt|not) (?:in|at) (?:the|her|his|their) (?:hotel|room|bed|house|tent|apartment|"
    r"flat|home|caravan)\b|"
    r"\b(?:walked|ran|gone|went|snuck|sneaked|climbed) out (?:of )?(?:the |her |his )?(?:front |back )?"
    r"(?:door|house|window)\b"
)
# A child who has already set off to meet someone: an emergency unless it is in the past.
GONE_TO_MEET = re.compile(
    r"\b(?:has gone|s gone|gone|went|left|snuck out|sneaked out|ran off|run off|headed off|got the bus|"
    r"getting the bus|got a train|on (?:a|the) (?:bus|train))\b(?: \w+){0,10}? (?:to (?:go (?:and )?)?meet|"
    r"meet up)\b"
    r"|\b(?:has gone|s gone|gone|went|left) (?:\w+ ){0,5}with (?:a|an|some|this|that|the) (?:\w+ )?"
    r"(?:guy|man|bloke|fella|adult|stranger|lad|boy|woman|person)(?: \w+){0,2} (?:from|off|on|(?:she|he) "
    r"met on) (?:tiktok|snapchat|snap|insta|instagram|discord|roblox|fortnite|online|the internet|an app|"
    r"the app|a game|xbox|whatsapp|facebook|kik|telegram|reddit|twitter|a dating)\b"
    # "she's meeting someone called Sam there": out of the house to meet a stranger.
    r"|\b(?:shes|hes|she is|he is|theyre|they are) (?:meeting|off to meet|about to meet) (?:up with )?"
    r"(?:someone|somebody|a man|a guy|an adult|a stranger|an older|some guy|some man|this guy|this man)\b"
)
# Expected back by now: "meant to be back at 6", "should have been home".
EXPECTED_BACK = re.compile(
    r"\b(?:meant to|supposed to|should (?:have|of|ve)|should be|was due|due) (?:be |been )?(?:back|home)\b|"
    r"\b(?:its|it is|getting|now) (?:dark|late|pitch black|midnight)\b|\bdark now\b"
)
# ...or has gone to meet someone, and cannot be reached.
UNREACHABLE = re.compile(
    r"\b(?:not answering|isnt answering|wont answer|not picking up|wont pick up|not replying|"
    r"phone (?:is )?off|phones off|phones? (?:has |have )?been (?:off|dead|switched off)|(?:going|goes|went|gone) (?:straight )?to voicemail|cant reach|cant get hold|"
    r"no answer|not responding|(?:nobody|no one|noone|none of us) knows? where|(?:bed|room) (?:is |s |was )?empty)\b"
)
# Danger that is an emergency when it is happening now: meeting, missing, being hurt, means.
DANGER = _rx(
    r"\bmeet(?:ing|s)?(?: up)?(?: with)? (?:him|her|them|someone|somebody|a man|an adult|a stranger|"
    r"this|that|some|a guy|an older|a \d|his|a boyfriend|a girlfriend|a boy|a girl|the man|the guy|"
    r"my|our)\b",
    r"\b(?:going|gone|went|travelling|traveling|driving|heading|on (?:a|the) (?:train|bus|coach)) "
    r"(?:off )?to (?:meet|see)\b",
    r"\b(?:train|bus|coach|taxi|uber|cab|car|ticket)\b.*\b(?:meet|man|guy|stranger|boyfriend|adult)\b",
    r"\b(?:got|get|getting|gone) (?:in|into) (?:a|his|her|the) (?:car|taxi|uber|van)\b",
    r"\b(?:offered|offering|offers|trying to give|tried to give) (?:\w+ ){0,5}(?:a )?(?:lift|ride)\b",
    r"\bpick(?:ing|ed)? (?:her|him|them|my \w+|up)\b",
    r"\b(?:come|coming|came|turned up|turn up|showed up|shown up|parked|waiting|outside|lurking)\b"
    r".*\b(?:house|home|school|door|flat|street|park|road|corner|gate|bus stop|shop|car park|window|"
    r"bedroom)\b",
    r"\bis (?:at|outside) (?:the|our|my|her|his) (?:front |back )?(?:door|window|house|gate|school)\b",
    r"\b(?:telling|making|forcing|getting) (?:him|her|them|my \w+) to do (?:things|stuff)\b",
    r"\bdo (?:things|stuff) on (?:camera|cam|webcam|video)\b",
    r"\b(?:is|s|are|re|hes|shes|theyre|been|still|alone|there) (?:still )?(?:alone )?with "
    r"(?:him|her|them|a man|an adult|a stranger|someone|that (?:man|guy|person)|"
    r"this (?:man|guy)|the man|the guy|(?:my|his|her) (?:\w+ )?(?:coach|uncle|stepdad|ex|dad))\b",
    r"\b(?:missing|disappeared|not (?:come|came) home|hasnt come home|not home|run away|ran away|"
    r"run off|ran off|runaway|cant find|cant reach|cant get hold|not answering|isnt answering|"
    r"phone is off|phones off|dont know where|(?:nobody|no one|noone) knows where|not come back|"
    r"hasnt come back|not back yet)\b",
    r"\b(?:being|getting|is|been) (?:hurt|attacked|abused|raped|forced|held|beaten|touched|"
    r"assaulted|kidnapped|taken|trafficked|locked|made)\b",
    r"\b(?:hurting|attacking|abusing|raping|forcing|touching|beating|hitting|threatening|"
    r"grabbed|grabbing|making) (?:her|him|them|me|my)\b",
    r"\b(?:hes|he|theyre|they|and) (?:wont|will not|refuses to|refusing to) (?:go|leave)\b",
    r"\b(?:in danger|unsafe|not safe|trapped|scared|terrified|cant leave|cant get out|"
    r"wont let (?:\w+ ){0,2}(?:leave|go))\b",
    r"\b(?:kidnap\w*|abduct\w*|taken (?:somewhere|away)|holding (?:him|her|them))\b",
    r"\b(?:kill|hurt|harm|hang) (?:himself|herself|themselves|themself|myself)\b",
    r"\b(?:end|ending) (?:his|her|their|my) life\b",
    r"\b(?:suicid\w*|overdose\w*|pills|tablets|noose|rope|bridge|jump|jumping)\b",
    r"\b(?:texting|texted|posted|said|saying|sent|messaged|left) (?:me |us )?(?:a )?goodbye\b",
    r"\b(?:knife|gun|weapon|bleeding|unconscious|not breathing|cant breathe|drunk)\b",
    r"\b(?:hotel|motel|his car|his house|his flat|his place|station|address|location|snap map|"
    r"in another town|somewhere)\b",
    r"\b(?:hurts|abuses|touches|hits|hurt) me\b",
    r"\b(?:is|s|are|hes|shes|theyre) (?:in \w+ |in the \w+ |alone |locked \w+ |at home |home |at the house |"
    r"at (?:the|our|my) \w+ )?with (?:my|our|his|her) (?:\w+ )?" + CHILD + r"s?\b",
    r"\b(?:following|followed|behind) (?:him|her|them|my)\b",
    r"\b(?:snuck|sneaked|sneaking) out\b|\bto go (?:and )?meet\b",
    r"\b(?:take|taking|takes|took) (?:her|his|their|your|my) (?:top|clothes|shirt|pants|trousers|"
    r"underwear|knickers|bra|pyjamas) off\b",
    r"\b(?:is|s|are|re) (?:\w+ )?(?:upstairs|downstairs|alone|in (?:her|his|their|the) (?:room|bedroom)|"
    r"in the (?:house|car|bathroom)) with (?:her|him|them|my)\b",
    r"\bstill in the (?:house|flat|home|room)\b",
    r"\bat (?:the|our|my|her|his) (?:front |back )?(?:door|window|gate)\b",
    r"\b(?:thuds?|thumps?|bangs|banging|smashing)\b",
    r"\b(?:come|get|go) (?:and )?(?:see|look at|pet|stroke) (?:a|his|the|some) (?:puppy|puppies|kittens?|dog|"
    r"sweets)\b|\bin his (?:car|van)\b",
    r"\b(?:spiked|drugged)\b|\bgave (?:him|her|them) something\b|\bcant (?:stand up|stand|walk|wake)\b|"
    r"\b(?:collapsed|passed out)\b",
    r"\b(?:do|does|doing) (?:it|that) again\b",
    r"\bthrowing (?:her|him|them) (?:about|around)\b",
    r"\b(?:do|doing) (?:him|her|them) in\b",
    r"\b(?:gonna|going to) (?:hurt|batter|beat|kill|get|stab|jump) (?:him|her|them|my)\b",
)
# An emergency with or without a time word: rape, kidnap, missing, a child about to jump.
# An overdose already taken (not "took her tablets this morning", her own medicine): danger now,
# and a self-harm, so the crisis lines follow the emergency number.
OVERDOSE_TAKEN = (
    r"\b(?:taken|took|swallowed|has taken|had|after taking) (?:all (?:of )?(?:her|his|the|my|their) |"
    r"(?:an |a |some |a load of |loads of |a lot of |a bunch of |a handful of |too many |a packet of "
    r"|a box of |\d+ )?(?:(?:her|his|my) (?:mums|moms|dads|nans|grans) )?)(?:overdose|pills|tablets|"
    r"whole packet|bottle|paracetamol|ibuprofen|meds|painkillers|sleeping pills)\b"
    r"(?!.*\blast (?:week|month|year)\b)"
)
ALWAYS_EMERGENCY = _rx(
    r"\b(?:i am|im|i m) (?:only )?(?:\d{1,2}|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|ten|nine|eight)\b.*\b(?:forced|forcing|force me|raped|raping|abused|abusing|"
    r"touching me|hurting me|hurts me|making me|made to|being made|wont let me (?:\w+ ){0,2}(?:leave|go|out)|cant leave|"
    r"cant get out|locked)\b",
    r"\b(?:being|getting) (?:raped|kidnapped|trafficked|held (?:somewhere|captive|hostage|against))\b",
    r"\b(?:has|have|s|got|been|was) (?:been )?(?:kidnapped|abducted|snatched|grabbed)\b",
    r"\b(?:is|s|has gone|gone|went|has been|been|now) missing\b",
    rf"^(?:\w+ ){{0,3}}(?:my|our) (?:\w+ )?{CHILD} (?:is|s|has) (?:gone|vanished|disappeared)$",
    rf"\b{CHILD}s? (?:is |has gone |went |has been |now )?missing\b",
    r"\b(?:is|s|are|re) (?:holding|keeping) (?:him|her|them)\b",
    r"\b(?:grabbed|snatched) (?:my|our|her|him|them|the kids|the children)\b",
    r"\bgoodbye (?:message|post|note|text|letter|video|thing|story)\b",
    r"\b(?:posted|sent|texted|texting|messaging|messaged|saying|said|left) (?:\w+ ){0,2}goodbye\b",
    r"\b(?:is|s|hes|shes|theyre|are) (?:on|at) (?:a|the) (?:bridge|roof|ledge|cliff|railway|tracks|edge)\b",
    r"\b(?:locked|locking|shut) (?:herself|himself|themselves|themself) in\b.*\b(?:pills|tablets|knife|"
    r"blade|razor|rope|goodbye|wont answer|not answering|isnt answering)\b",
    r"\bsorry for everything\b.*\b(?:not answering|isnt answering|wont answer|cant reach|phone (?:is )?off)\b",
    r"\b(?:taking|swallowing|take) (?:them all|all of them|the lot|the whole packet)\b",
    rf"\b(?:cant|cannot|can not) find (?:her|him|them|my (?:\w+ )?{CHILD})\b(?! (?:phone|tablet|ipad|"
    r"laptop|account|profile|settings|charger|shoes|homework))",
    r"\b(?:going|gonna|about|threatening) to (?:jump|hang)\b(?! (?:him|her|them|my|his|our|me)\b)",
    r"\b(?:going|gonna|about|threatening) to (?:take|swallow) (?:\w+ ){0,2}(?:pills|tablets|overdose)\b",
    r"\b(?:standing|sitting|on the edge) (?:on|of) (?:a|the) (?:bridge|roof|edge|cliff|ledge|"
    r"railway|tracks)\b",
    OVERDOSE_TAKEN,
    r"\b(?:has|holding|with|got) a (?:knife|gun|weapon)\b",
    r"\b(?:cant|wont) stop (?:the )?bleeding\b|\b(?:not|no|isnt) stopping bleeding\b",
    r"\b(?:at|outside|banging on|knocking on|in) (?:the|our|my) (?:front |back )?(?:door|house|"
    r"home|flat|garden|window|bedroom)\b.*\b(?:collect|take|taking|demanding|wont leave|"
    r"trying to get in|break in)\b",
    r"\b(?:trying to|tried to) (?:break in|get in|force (?:his|her|their) way)\b",
    r"\bwont let (?:me|her|him|them|us) (?:\w+ ){0,2}(?:leave|go|out)\b",
    r"\b(?:cant get out|cant leave|locked (?:in|me in|her in|him in)|trapped)\b",
    r"\b(?:hear|hearing|see|seeing) (?:him|her|them|someone) (?:hurting|hitting|beating|attacking)\b",
    r"\b(?:is|s|are|re|hes|shes|theyre|dads|mums|moms) (?:hurting|hitting|beating|battering|attacking|"
    r"raping|abusing|strangling|choking|kicking) (?:her|him|them|me|my|his|our|their|the)\b",
    r"\b(?:got|has|have|taken|grabbed) (?:my|our|her|his) (?:\w+ )?(?:son|daughter|child|kid|boy|girl|"
    r"wee one|little one) in (?:a|his|their|the) (?:car|van|truck)\b",
    r"\bscreaming (?:down the phone|for help|at me|on the phone)\b",
    r"\b(?:bleeding|blood) (?:wont|will not|doesnt|does not) stop\b",
    r"\b(?:child|kid|someone|a child|my \w+) (?:is )?in danger (?:now|right now)\b",
    r"\bchild in danger\b",
    r"\bscreaming\b.*\b(?:hitting|hurting|beating)\b",
)

# --- situation cues ------------------------------------------------------------------------
# Self-harm and suicidal thoughts or acts.
SELF_HARM_CUES = _rx(
    OVERDOSE_TAKEN,
    r"\b(?:how many|how much) (?:paracetamol|pills|tablets|ibuprofen|sleeping pills|tylenol|advil|"
    r"panadol|aspirin|nurofen)\b",
    r"\b(?:searched|googled|looked up|search history)\b.*\b(?:would kill|to kill (?:yourself|myself|"
    r"himself|herself)|overdose|painless)\b",
    r"\bpainless (?:way|ways|death)\b",
    r"\bself ?harm\w*\b",
    r"\b(?:cutting|cut|cuts|burning|burned|burnt|hurting|hurt|harm|harming|scratch\w*|hitting|starving|"
    r"punching) (?:(?:her|his|their|my) )?(?:herself|himself|themselves|themself|myself|arms?|legs?|wrists?|"
    r"skin|thighs?|body)\b",
    r"\b(?:cuts|scars|burns|marks|scratches) on (?:her|his|their|my \w+s?) (?:\w+ )?(?:arms?|legs?|"
    r"wrists?|thighs?|body|skin)\b",
    r"\b(?:razor|razors|blades|blade)\b",
    r"\bsuicid\w*\b",
    r"\b(?:wants?|wanted|wanting|wish\w*) to (?:die|be dead|end it|disappear|not be here|kill)\b",
    r"\b(?:kill|killing|end|ending|take|taking|hang|hanging|hurt|hurting) (?:herself|himself|"
    r"themselves|themself|yourself|myself|(?:her|his|their|my) own life|(?:her|his|their|my) life|"
    r"it all)\b",
    r"\b(?:doesnt|dont|does not|didnt|do not)(?: (?:think|know if|really|even)){0,2} (?:i|she|he|they)?"
    r" ?wants? to (?:live|be alive|be here|exist|wake up|go on)\b",
    r"\b(?:pills|tablets|meds|paracetamol) (?:\w+ ){0,3}(?:counted out|lined up|laid out)\b",
    r"\b(?:i have|ive got|i got|i ve got) (?:\w+ ){0,4}(?:pills|tablets|paracetamol) (?:\w+ ){0,2}"
    r"(?:in front of me|ready|next to me|in my hand)\b",
    r"\b(?:written|wrote|writing|left) (?:\w+ )?(?:letters|notes|a letter|a note) (?:for|to) "
    r"(?:everyone|everybody|all of us|all of you|my family|the family)\b",
    r"\b(?:wasnt|werent|wasn t|not) alive\b",
    r"\b(?:better off|rather be) (?:dead|without)\b",
    r"\bbetter off (?:if|when) (?:he|she|they|i) (?:was|were|is|are|wasnt|werent) (?:dead|gone|not here|not around)\b",
    r"\bnever wake up\b",
    r"\b(?:would|will) miss (?:him|her|them|me) if\b",
    r"\b(?:thinks?|thinking|thought|talks?|talking|talked|wrote|written|writing) about (?:dying|death|suicide|"
    r"ending (?:it|his life|her life|their life|my life)|not being here|killing (?:himself|herself|themselves))\b",
    r"\bhates? (?:herself|himself|themselves)\b",
    r"\b(?:until|till) it bleeds\b",
    r"\bno (?:reason|point) (?:to|in) (?:live|living|go on|going on)\b",
    r"\b(?:cant|can not|cannot) (?:do this|go on|cope|take (?:it|this)|keep going)(?: (?:any ?more|no more|"
    r"much longer))\b",
    r"\bhow to kill\b",
    # "top herself", "kill herself off"; not "can she turn it off herself?".
    r"\b(?:top|topping|(?<!it )(?<!that )(?<!them )(?<!this )off) (?:himself|herself|themselves|themself|"
    r"myself)\b",
    r"\b(?:been|started|began|begun|is|s|keeps|was|has been) cutting\b|\bcutting again\b",
    r"\blong sleeves\b.*\bmarks\b|\bmarks\b.*\blong sleeves\b",
    r"\b(?:took|taken|swallowed|take) (?:some |an |a )?(?:pills|tablets|overdose)\b|\boverdose\w*\b",
)
# Blackmail: images shared unless money or more images are sent.
SEXTORTION_CUES = _rx(
    r"\b(?:blackmail\w*|sextort\w*|extort\w*)\b",
    rf"\bthreat\w*\b.*\b(?:{IMAGE}|post|share|send|leak|expose|tag|ruin|followers|friends|family|"
    rf"school|college)\b",
    rf"\b(?:{IMAGE}|post|share|send|leak|expose)\b.*\bthreat\w*\b",
    # "he wants £500", not "my daughter wants gift cards for her birthday".
    rf"(?<!daughter )(?<!son )(?<!kid )(?<!child )(?<!kids )(?<!girl )(?<!boy )(?<!teen )"
    rf"\b(?:demand\w*|want\w*|asking for|asked for|told (?:him|her|them) to|give them|wants?)\b"
    # "wants to send them money" is a giver's wish (a child tipping streamers), not a demand.
    rf"(?! to (?:send|give|tip|donate|gift|spend))(?: \w+){{0,6}} {MONEY}\b(?! for (?:her|his|their|my) (?:birthday|bday|christmas|xmas))",
    rf"\b{MONEY}\b.*\b(?:or (?:else |they |he |she )|unless|otherwise|if (?:he|she|they|i|we) "
    rf"(?:dont|doesnt|wont))\b",
    rf"\b(?:or|unless|otherwise|if (?:he|she|they|i|we) (?:dont|doesnt|wont))\b.*\b{MONEY}\b",
    r"\b(?:or (?:else )?(?:they|he|she|we|i|theyll|hell|shell|well)|unless (?:he|she|they))(?: will| ll)? (?:post|send|share|"
    r"leak|show|expose|tag|put|release|ruin)\b",
    r"\b(?:will|ll|going to|gonna) (?:post|send|share|leak|show|expose|tag|release) (?:it|them|"
    r"the \w+|his \w+|her \w+|their \w+)\b.*\b(?:unless|if (?:he|she|they) (?:dont|doesnt|wont))\b",
    r"\b(?:send|share|post|expose) (?:it|them|the \w+|his \w+|her \w+) (?:to|with) "
    r"(?:everyone|all|his|her|their|the whole)\b",
    r"\b(?:paid|pay|paying) (?:them|him|her|the scammer|someone|the person)\b",
    r"\bruin (?:his|her|their) life\b",
    r"\bif (?:he|she|they|i|we|my \w+|her|him|the \w+) (?:doesnt|dont|does not|do not|wont|didnt) "
    r"(?:send|pay|give)\b",
    rf"\b{MONEY}\b.*\b(?:not to |or )?(?:leak|post|share|expose)\b",
    r"\b(?:they|he|she|someone)(?: will| ll| are going to| is going to| say they will| says he will|"
    r" says she will| saying they will) (?:post|send|share|leak|show|expose|tag) (?:his|her|their|"
    r"the|it|them|this)\b",
    r"\b(?:post|send|share|leak|expose|tag)\b.*\bunless\b",
    rf"\b{MONEY}\b.*\bthreat\w*|\bthreat\w*\b.*\b{MONEY}\b",
    r"\b(?:has|have|got) (?:screenshots|recordings|the video|his video|her video)\b",
)
# Child sexual abuse material seen, found, or offered.
ABUSE_MATERIAL = _rx(
    # "a video going round, it's clearly a kid about 12 being abused".
    rf"\b{IMAGE}\b.*\b(?:child|kid|boy|girl|toddler|baby|little one)\b(?: \w+){{0,3}} being (?:sexually )?"
    r"(?:abused|raped|molested|assaulted|hurt)\b",
    r"\bchild (?:sexual )?abuse (?:images?|material|videos?|pictures?|pics|content|photos?|stuff|"
    r"imagery|links?|sites?|websites?|files?)\b",
    r"\b(?:csam|cp|child porn\w*|kiddie porn|indecent (?:images?|photos?|pictures?|videos?)|"
    r"abuse (?:images?|videos?|pictures?|pics|content|imagery|links?|material))\b",
    rf"\b{IMAGE} (?:of|with|showing|involving|featuring) (?:(?:a|some|young|little|small|naked|"
    rf"underage|abused|real) )*(?:child|children|kids|kid|minors?|girls|boys|toddlers|babies|"
    rf"under ?age\w*|young (?:girls|boys|children|kids))\b",
    rf"\b(?:{SEXUAL}|abusive) (?:{IMAGE}|content|material|stuff|porn) (?:of|with|showing|involving) "
    rf"(?:(?:a|young|little|small|real) )*(?:child|children|kids|kid|minors?|girls|boys)\b",
    r"\bunderage (?:porn|images?|content|nudes|videos?|material)\b",
    r"\b(?:child|children|kids|kid|a child|a kid|toddlers?|babies|a baby|young (?:girls|boys|"
    r"children|kids)) (?:being|getting) (?:sexually )?(?:abused|raped|molested|exploited)\b",
    rf"\b{IMAGE} (?:of kids |of children )?that (?:look|looks|looked|seem|seems) like (?:abuse|"
    rf"child abuse)\b",
    r"\b(?:the|an|this|that) abuse link\b",
    r"\bchild (?:sexual )?exploitation (?:material|images?|content|videos?|pictures?)\b",
    rf"\b(?:{SEXUAL}) (?:{IMAGE}) of (?:\w+ ){{0,4}}(?:children|kids|minors|young (?:girls|boys))\b",
    r"\b(?:send|show) you (?:the|a) (?:link|video|image|picture|photo|pic|screenshot)\b",
    r"\bscreenshot (?:the|those|these) (?:images|pictures|photos|videos|pics)\b",
    r"\b(?:sexualised|sexualized) (?:\w+ )?(?:images?|pictures?|photos?|videos?) of\b",
)
# An image of the child shared, posted or circulating, or to be taken down.
OWN_IMAGE_CUES = _rx(
    rf"\b(?:{IMAGE})\b.*\b(?:shared|posted|leaked|spread|sent round|sent around|going round|"
    rf"going around|circulating|uploaded|forwarded|passed round|passed around|being passed|"
    rf"screenshotted|airdropped|all over|put it on|put them on|ended up on|got out|is online|"
    rf"are online|on (?:a|the|his|her) (?:site|website|forum|server|story|internet|group)|"
    rf"taken down|removed|take it down|report remove|everyone (?:has|in)|has seen it|"
    rf"whole (?:school|class|team))\b",
    rf"\b(?:shared|posted|leaked|spread|uploaded|forwarded|airdropped|airdropping|sending|sharing|posting|"
    rf"put|filmed|recorded|took a (?:photo|picture|video))\b.*\b(?:{IMAGE})\b",
    r"\b(?:report remove|take it down)\b",
    # "send photo naked to her boyfriend and now everybody at the school have it".
    rf"\b(?:{IMAGE})\b.*\b(?:everyone|everybody|the whole (?:school|class|year)|all (?:the )?(?:school|class))\b"
    r"(?: \w+){0,4} (?:has|have|got|seen|saw|sharing|shared) (?:it|them)\b",
    # "he sent a pic of her to everyone".
    rf"\b(?:sent|sending|sends|showed|showing|shows) (?:\w+ ){{0,3}}(?:{IMAGE}) of (?:her|him|them|my "
    rf"(?:\w+ )?{CHILD})\b(?: \w+){{0,3}} (?:to|round|around|with) (?:everyone|everybody|all|people|"
    rf"(?:the|a|his|her|their) (?:group|class|school|team|mates|friends|year)|his mates|her mates)\b",
    rf"\b(?:{IMAGE}) (?:of|from) (?:my|our|her|his) (?:\w+ )?{CHILD}\b.*\b(?:is|are|was|were|"
    rf"keeps|going|being) (?:on|in|all over|round|around|getting|passed|shared|reposted)\b",
    rf"\b(?:{IMAGE})\b.*\b(?:is|are|its|now) (?:now )?(?:on|in|all over|online) (?:a |an |the |someones |his |her )?\w+",
    rf"\b(?:passing|passed|sharing|reposted|reposting) (?:round |around |it |them )?(?:a |an |the )?"
    rf"(?:{SEXUAL} )?(?:{IMAGE})",
    rf"\b(?:get|getting|take|taking) (?:a |an |the |her |his )?(?:{SEXUAL} )?(?:{IMAGE}) "
    rf"(?:\w+ ){{0,4}}(?:off|down|removed)\b",
    rf"\b(?:fake|ai|deepfake|edited) (?:{SEXUAL} )?(?:{IMAGE})\b",
    r"\b(?:filmed|recorded) (?:her|him|them|my \w+)\b",
    r"\b(?:recorded|filmed)\b.*\b(?:online|shared|posted)\b",
    # "my ex sent my nudes to a group chat": the writer's own images sent on.
    rf"\b(?:sent|send|sends|showed|shows) (?:my|our|her|his|their) (?:\w+ )?{IMAGE}\b",
    rf"\b{IMAGE} (?:to|in|into|on|round|around) (?:a|the|his|her|their|our|some|every) (?:\w+ )?"
    rf"(?:group|groupchat|group chat|gc|chat|server|channel)\b",
)
# Sexual abuse in person: touching, forcing, secret games, coming into the child's bed.
ABUSE_IN_PERSON_CUES = _rx(
    # Hands where they must not be.
    r"\b(?:hand|hands|fingers) (?:down|in|inside|up|under) (?:her|his|their) (?:pyjamas|pajamas|pjs|pants|"
    r"knickers|trousers|underwear|shorts|skirt|nappy|top|clothes|dress)\b",
    r"\b(?:hand|hands) (?:on|up) (?:her|his|their|my \w+s?) (?:leg|legs|thigh|thighs|knee|bum|bottom|"
    r"chest|privates)\b",
    # Physical abuse: hitting, punching, bruises.
    r"\b(?:hits|hit|hitting|punch\w*|beats|beat|beating|kicks|kicked|kicking|slap\w*|smack\w*|"
    r"laying into|battering|battered|"
    r"chokes|choked|choking|strangl\w*|throws|threw|thrown) (?:me|him|her|them|my \w+|the (?:child|"
    r"baby|kid|kids|little one))\b",
    r"\bshak(?:e|es|ing|en) (?:my|our|the) (?:baby|babies|toddler|little one)\b",
    # Exploitation: going missing again and again, money and things nobody explains.
    r"\b(?:keeps|kept|keep) (?:going|running) (?:missing|off)\b|\bgo(?:es|ing)? missing (?:overnight|for days|"
    r"again|every)\b|\bmissing episodes?\b",
    r"\bbruises?\b|\bbruised\b",
    # Criminal exploitation: a child used to carry or sell drugs.
    r"\b(?:using|use|used|making|made|got|get|getting) (?:him|her|them|my \w+|kids|children) (?:to )?"
    r"(?:move|moving|sell|selling|carry|carrying|deliver|delivering|run|running|hold|holding) (?:\w+ )?"
    r"(?:drugs|gear|weed|packages|parcels)\b",
    # Found in a child's room behind a locked door, the child crying or scared.
    r"\b(?:door|doors) (?:was |were )?locked\b.*\b(?:crying|upset|scared|terrified)\b",
    r"\blocked (?:the|her|his) (?:bedroom )?door\b.*\b(?:crying|upset|scared|terrified)\b",
    r"\b(?:touched|touching|touches|fondled|fondling|groped|groping|molested|molesting|"
    r"interfered with|sexually assaulted|assaulted|raped|raping|abused|abusing|abuses|abuse)\b",
    r"\b(?:made|makes|making|forced|forces|forcing) (?:her|him|them|my \w+) (?:to )?"
    r"(?:touch|undress|take (?:her|his|their) clothes off|watch porn|do things|do stuff|"
    r"sit on|get in (?:his|her) bed|keep (?:it|a) secret)\b",
    r"\b(?:private (?:parts|area)|privates|down there)\b",
    r"\b(?:did|does|do|doing) (?:something|things|stuff|sexual things) (?:to|with) "
    r"(?:her|him|them|my|me)\b",
    r"\bsecret game\b",
    r"\b(?:kissed|kisses|kissing) (?:her|him|them|my)\b",
    r"\b(?:showed|shows|showing) (?:her|him|them|my \w+) (?:porn|pornography|sexual|explicit)\w*",
    r"\b(?:hurt|hurts|hurting) (?:her|him|them|my \w+)\b.*\b(?:private|down there|bottom|"
    r"bath|bed|secret)\b",
    r"\b(?:disclosed|told (?:me|us|her teacher|his teacher|the school)) (?:that )?.*\b(?:hurt|"
    r"touch|abus)\w*",
    r"\bhurts (?:him|her|them)\b",
    r"\bhas been hurting (?:my|her|him|them)\b",
    r"\b(?:comes|come|came|goes|went|climbs|climbed|gets|got|coming) (?:in|into) (?:her|his|their) "
    r"(?:room|bed|bedroom)\b",
    # "keeps coming in the bathroom when she's in the shower".
    r"\b(?:comes|come|came|coming|goes|going|walks|walking|barges|barging|bursts|walked) (?:in|into) "
    r"(?:the|her|his|their) (?:bathroom|shower|bath)\b (?:\w+ ){0,2}(?:when|while|whilst) "
    r"(?:she|he|they|shes|hes|theyre)\b",
    # A teenager's own words: "comes in my room at night and does stuff to me".
    r"\b(?:comes|came|climbs|climbed|gets|got|coming) (?:in|into) my (?:room|bed|bedroom)\b"
    r"(?=.*\b(?:stuff|things|touch\w*|dont want|scared|hurts?)\b)",
    r"\b(?:said|says|told me) (?:that )?(?:he|she|they) hurt (?:her|him|them)\b",
)
# A worrying adult (or the parent's own thoughts): interest in children, searches, a record.
ADULT_BEHAVIOUR_CUES = _rx(
    # An adult plying children with vapes, alcohol or drugs.
    r"\b(?:gives|giving|gave|offers|offering|offered|buys|buying|bought|supplies|supplying) (?:them|the kids|"
    r"kids|teenagers|teens|the boys|the girls|boys|girls|my \w+|her|him) (?:\w+ )?(?:vapes?|alcohol|beer|"
    r"booze|drink|drinks|cigarettes|fags|weed|drugs|cans)\b",
    # An adult in a position of trust messaging children privately or at night.
    r"\b(?:colleague|teacher|coach|tutor|staff member|youth worker|leader|instructor|priest|vicar|"
    r"scout leader|assistant|ta)\b(?: \w+){0,14} (?:dms?|dming|direct messages|messages|messaging|texts|"
    r"texting|snapchats|whatsapps|calls) (?:\w+ ){0,4}?(?:students|pupils|kids|children|them|her|him|"
    r"the (?:girls|boys)|our \w+|my \w+)\b(?: \w+){0,8} (?:late at night|at night|at midnight|after midnight|"
    r"privately|in private|from (?:a|his|her) (?:personal|private|secret|second) (?:account|phone|number))\b",
    r"\b(?:giving|gives|gave|offering|offers) (?:them|the kids|kids|children|the children|her|him|the girls|"
    r"the boys) (?:sweets|lollies|candy|money|gifts|presents|treats)\b.*\b(?:come in|come inside|come "
    r"round|come over|photos|pictures)\b",
    r"\b(?:thoughts|urges|feelings|fantasies|attraction|attracted|drawn|interest|interested)\b"
    r"(?: \w+){0,4} (?:about|to|towards|for|in|involving) (?:(?:young|younger|little|small|underage|"
    r"teenage|other peoples) )?(?:children|kids|child|minors|girls|boys|teens|teenagers|young people|"
    r"my (?:\w+ )?(?:sons|daughters|nieces|nephews|kids|childrens) friends)\b",
    r"\b(?:paedo\w*|pedo\w*|a risk to (?:the )?(?:children|kids)|child sex offen\w*|"
    r"sex offen\w*|convicted|conviction|on the register|accused before|been accused)\b",
    r"\b(?:arrested|charged|investigated|caught)\b.*\b(?:images|children|kids|child|minors)\b",
    r"\b(?:looking at|looked at|looks at|watches|watching|watched|downloading|downloaded|searching|searched|"
    r"search history|searches|browsing|viewing|viewed|collecting|saved)\b.*\b(?:children|kids|"
    r"child|minors|young girls|young boys|teenage girls|teenage boys|teens|underage|involving kids|"
    # Not "watches youtube all day, what's a good kids app": a product made for children.
    r"much younger|under 18s|under eighteens|under age)\b(?! (?:apps?|shows?|channels?|tv|version|"
    r"mode|accounts?|youtube|programmes?|games?|section|profiles?|settings|cartoons?|books?)\b)",
    r"\b(?:stuff|things|content|material) (?:online )?(?:involving|of|with) (?:kids|children|"
    r"minors|a child)\b",
    r"\b(?:chatting|talking|talks|messaging|messages|texting) (?:to|with)? ?(?:a |an )?(?:\d{1,2} "
    r"year old|teenage girls|teenage boys|teenagers|young girls|young boys|other peoples kids|"
    r"kids|children|minors|year \d{1,2} (?:girl|boy|pupil|student)s?|(?:girl|boy|pupil|student) in year "
    r"\d{1,2})\b",
    r"\bpretending to be (?:a )?(?:teen|teenager|kid|child|young)\w*\b",
    r"\b(?:alone with|on their own|on his own with|get them on their own|takes them out alone|"
    r"time alone with)\b",
    # An adult arranging to be alone with a child, or where children undress.
    r"\b(?:one on one|one to one|1 on 1|private) (?:\w+ ){0,2}(?:time|sessions?|lessons?|training|coaching|"
    r"practice)\b(?: \w+){0,5} (?:no|without) (?:parents|other adults|anyone)\b",
    r"\b(?:hanging|hangs|hang|hung|lurking|lurks) (?:a)?round (?:the |outside the )?(?:changing|change) ?rooms?\b",
    r"\balone in (?:the )?(?:boys|girls|kids|childrens) (?:\w+ )?(?:room|rooms|dorm|changing room|change "
    r"room|showers|toilets)\b",
    r"\boffer(?:ed|s|ing)? to (?:drive|take|give) (?:him|her|them|my \w+) (?:\w+ ){0,4}(?:on (?:his|her|"
    r"their) own|alone|by (?:himself|herself|themselves))\b",
    r"\b(?:bath|bathe|bathing|shower|showers|bathroom|walks in on|walking in on|lap|tickles|"
    r"tickling|underwear|in a sexual way|sexual way|body|bodies|photograph\w*|touching them)\b"
    r".*\b(?:kids|children|child|daughter|son|niece|nephew|girls|boys|her|him|them)\b",
    r"\b(?:acting out sexually|sexual behaviour|sexualised behaviour|sexual games|behaving sexually|"
    r"sexual stuff|private parts|porn) .*\b(?:younger|little|other (?:kids|children)|sister|brother|"
    r"cousin|sibling|siblings|classmates?|kids|children)\b",
    r"\b(?:younger|little|other) (?:kids|children|sister|brother|cousin|girls|boys)\b.*\b(?:sexual"
    r"\w*|private parts|porn)\b",
    r"\b(?:i|im|i am) (?:\w+ ){0,3}(?:scared|worried|afraid|frightened|ashamed) (?:of|about) "
    r"(?:my|my own) (?:thoughts|urges|feelings)\b",
    r"\bi (?:think i )?have a problem\b",
    r"\bsecret account\b.*\b(?:kids|children|teens)\b",
    r"\bdoes not feel right|doesnt feel right|feels wrong|doesnt sit right|not right\b",
    r"\b(?:too|very|really|far too|overly|unusually|strange|weird) (?:interested|interest) in "
    r"(?:my|our|the|her|his|young|little|children|kids)\b",
    r"\b(?:commenting|comments?|comment|remarks?|remarking) (?:on|about) (?:\w+ ){0,3}bod(?:y|ies)\b",
    r"\b(?:has|got|have|with) a (?:criminal )?record\b",
    # An adult wanting a child on their own ("he always offers to have her on her own"), not a
    # child doing something alone ("he takes the bus on his own").
    r"\b(?:he|she|they|hes|shes|\w+ (?:is|s)) (?:always |keeps |often |wants to |offers? to |asks? to |"
    r"tries to |trying to |insists on )(?:\w+ ){0,3}(?:on (?:his|her|their) own|alone)\b",
    r"\b(?:searches|search history|browsing|history)\b.*\b(?:teen|teens|young|schoolgirls?|underage)\b",
    r"\btaking (?:photos|pictures|videos|pics) of (?:the |other peoples |other |young )?(?:kids|children|girls|boys)\b",
    r"\bsexual(?:ly)? interest(?:ed)? in\b",
    r"\b(?:stuff|things|content|material|images|videos)\b.*\binvolving (?:kids|children|minors)\b",
    r"\b(?:kids|children|daughter|son|friends|girls|boys|niece|nephew)\b.*\b(?:in a sexual way|"
    r"sexual interest)\b",
    r"\bmakes? me (?:uneasy|uncomfortable|worried)|making me uneasy\b",
)
# Grooming: asking for images, secrecy, moving chats private, gifts, older strangers.
# A child's harmless secret with the writer: "don't tell mummy about the sweets I gave him"
# (not "don't tell your mum about the presents": a gift kept secret is a grooming sign).
_TREAT_SECRET = (
    r"(?:\w+ )?about (?:the |some |a |an |my |our |his |her |their )?(?:(?:surprise|birthday|party)\b|"
    r"(?:sweets|treats?|chocolate|cake|biscuits|crisps|ice cream|sweeties|lollies|candy|presents?|toys?)"
    r" (?:that )?(?:i|we) (?:gave|give|bought|got|made|let))"
)
GROOMING_CUES = _rx(
    # Asking a child for photos in swimwear or underwear ("polaroids for an agency").
    r"\b(?:ask\w*|want\w*|wanted|request\w*)\b.*\b(?:bikini|bikinis|underwear|swimsuit|swimwear|"
    r"lingerie|in (?:her|his) (?:bra|pants|knickers))\b",
    # Asking a child on a game or video call to undress or turn the camera on.
    r"\b(?:take|taking|took) (?:his|her|their|your) (?:top|shirt|tshirt|clothes|pants|trousers) off\b",
    # A threat to keep a child quiet.
    r"\b(?:if|or) (?:he|she|they) (?:tells?|says? anything|tells anyone)\b",
    # Gifts from someone online, and gifts or absences a child will not explain.
    r"\b(?:parcels?|packages?|gifts?|presents?|money|vouchers?|gift ?cards?|robux|vbucks|v bucks|phone)\b"
    r".*\bfrom (?:someone|a man|a guy|a friend|somebody|this person|a person)(?: \w+){0,3} "
    r"(?:online|on (?:the )?(?:internet|game|games|roblox|fortnite|discord|snapchat|instagram|tiktok|"
    r"xbox|playstation))\b",
    r"\b(?:new|expensive) (?:phone|phones|trainers|clothes|jewellery|gifts?|presents?|money|cash)\b.*"
    r"\b(?:wont|not|doesnt|refuses to|wouldnt) (?:say|tell)\b",
    # A phone slipped to a child so an adult can talk to them in secret.
    r"\b(?:give|gave|giving|slip|slipped|sneak|snuck|bought|buy|buying|sent|send|posted|tried to give|"
    r"tried to slip) (?:\w+ ){0,2}(?:her|him|them|my \w+) a (?:secret |second |new )?(?:phone|sim|mobile)\b",
    rf"\b(?:ask|asks|asked|asking|keeps asking|kept asking|begging|begged|pressur\w*|pushing|"
    rf"wants?|wanted|trying to get|tried to get|requesting|requested|telling|told|getting|got)\b"
    rf"(?: \w+){{0,5}} (?:(?:for|send|to send|to take|to show|take|show)(?: \w+){{0,3}} )?"
    rf"(?:{SEXUAL} )?(?:{IMAGE}|sext|sexting)\b",
    rf"\b(?:sen(?:t|ds|ding|d)|shar\w+|show\w*)(?: \w+){{0,3}} (?:{SEXUAL}) (?:\w+ )?(?:{IMAGE}|"
    rf"messages?|texts|stuff|things|content|links?|jokes|chat)\b",
    r"\b(?:keep|keeps|keeping) (?:it|this|things|everything|their (?:chats?|messages|"
    r"conversations?)|chats?|messages) (?:a )?(?:secret|quiet|private|between them)\b",
    r"\bmature for (?:his|her|their) age\b",
    r"\b(?:more mature|so much more mature|older) than (?:\w+ ){0,2}(?:girls|boys|kids|people|others) "
    r"(?:his|her|their|of (?:his|her|their)) age\b",
    r"\b(?:chats?|messages|talks?) (?:are|is|be|stay) (?:private|secret|between)\b",
    rf"\b(?:keep quiet|keep it quiet|keep secrets|our secret|just between|between (?:them|you|us)|(?:little|their|our|special) secret|not to tell|dont tell(?! {_TREAT_SECRET})|delete (?:the )?"
    r"(?:chats?|messages))\b",
    r"\b(?:wants?|wanted|asks?|asking) (?:she|he|her|him|them) (?:to )?meet (?:him|her|them|up)\b",
    r"\b(?:to|wants? (?:him|her|them) to|asked (?:him|her|them) to|asking (?:him|her|them) to) "
    r"(?:meet|come on (?:cam|camera|webcam)|go on (?:cam|camera|webcam|video)|video ?call|facetime|"
    r"move (?:the chat|to|over)|join a private|go somewhere private|get in (?:his|her) car|"
    r"come to (?:his|her))\b",
    r"\b(?:webcam|on camera|on cam|private server|private chat|move the chat|home alone|"
    r"what (?:shes|hes|she is|he is|theyre|they are) wearing|about (?:her|his|their) body|"
    r"says he loves|says she loves|says they love|loves (?:her|him)|(?:shes|hes|theyre) special)\b",
    r"\b(?:sexual|sex|dirty|rude|explicit|inappropriate|flirty|creepy|weird) (?:chat|"
    r"chats|talk|messages|texts|conversations?|questions|comments|things|stuff)\b",
    # "asking her personal questions", not "posts a lot of personal stuff" (oversharing).
    r"\bpersonal (?:questions|chats?|messages|texts|conversations?)\b",
    r"\b(?:flirty|flirting|flirt)\b",
    r"\bgroom(?:ed|ing)\b",
    # Not "my son wants to send them money" (a child tipping streamers).
    r"\b(?<!wants to )(?<!want to )(?:sent|send|sends|sending|gave|giving|buying|bought|buys|offered|"
    r"offering|given) (?:him|her|them|my \w+)? ?(?:gifts|presents|money|robux|vbucks|v bucks|gift cards?|"
    r"skins|things)\b",
    r"\b(?:older|grown|adult|much older|\d{2} ?(?:year old|yo)|\d{2}yo|grown up) (?:man|men|guy|"
    r"boyfriend|girlfriend|woman|person|stranger|bloke|lad|user)\b",
    r"\b(?:online )?(?:boyfriend|girlfriend) is \d{2}\b",
    # "an 'online boyfriend' she met on roblox. I just found out he's 23", "a friend who turns out to be 22".
    r"\b(?:boyfriend|girlfriend|friend|mate)\b(?: \w+){0,12} (?:hes|shes|he is|she is|who is|whos|is|"
    r"turns out to be|turned out to be|says hes|says shes|claims to be) (?:actually |really |like )?"
    r"(?:1[89]|[2-9]\d)\b(?! (?:mins?|minutes|hours|miles|km|quid|pounds|dollars|percent|followers))",
    r"\b(?:turned out to be|actually) (?:a|an) (?:man|adult|grown|older)\b",
    r"\b(?:a man|an adult|a stranger|a grown man|an older man|adult man|this guy|some guy|"
    r"some bloke|paedo\w*|pedo\w*|predator|creep)\b",
)

# --- tie-breakers between situations -------------------------------------------------------
# A known adult who has or looks at abuse images is a worry about that adult.
KNOWN_ADULT_HAS = re.compile(
    rf"\b(?:my|our) (?:\w+ )?(?:{HOUSEHOLD_ADULT})\b.*\b(?:his|her|their|on|admitted|arrested|"
    rf"looking|looks|looked|views|viewing|viewed|watches|watching|downloads|downloading|searches|"
    rf"laptop|phone|computer)\b"
)
# An adult of the family or household: "my husband", "our lodger".
KNOWN_ADULT = re.compile(rf"\b(?:my|our) (?:\w+ )?(?:{HOUSEHOLD_ADULT})s?\b")
# Abuse by someone the parent names, when the parent's own child was harmed.
HARMED_CHILD = re.compile(
    rf"\b(?:abus\w*|touch\w*|molest\w*|rap\w*|assault\w*|hurt\w*|did \w+ to|does \w+ to|kissed)\b"
    rf"(?: \w+){{0,3}} (?:my|our|her|him) (?:\w+ )?(?:{CHILD})\b|\bhas been (?:sexually )?abusing\b"
)

# --- topics the words alone can name ---------------------------------------------------------
# A child bullied, told in the words parents use; and a child who is doing the bullying.
BULLIED = _rx(
    r"\b(?:bullied|bullying|bullies|bully|cyberbull\w*|picking on|picked on|pick on|ganging up|ganged up|"
    r"gang up|slagging|slag (?:him|her|them)|slagged|making fun of|made fun of|laughing at|"
    r"(?:calling|call|calls|called) (?:him|her|them|my \w+) (?:\w+ )?names|"
    r"left out of|leaving (?:him|her|them) out|nasty comments|mean comments|horrible comments|"
    r"(?:made|making|started) a (?:poll|page|group|chat) (?:about|to mock|mocking))\b",
)
BULLYING_OTHERS = re.compile(
    r"\b(?:my|our) (?:\w+ ){0,2}(?:son|daughter|child|kid|boy|girl)s? (?:is|has been|was|s|"
    r"is the one|might be|may be) (?:\w+ ){0,2}(?:bullying|the bully|a bully|picking on|being mean)\b"
)
