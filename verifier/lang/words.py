"""Word classes of the languages the tool reads: the one home of hand-written word lists.

Every stage reads these instead of keeping a copy: titles and honorifics (claims resolve a
speaker, detect strips them off an inferred author, drift tells them from names), pronouns,
verbs of saying and posting and the platform words of a reporting frame, English verbs a
reported subject opens with, and words with a negative meaning. Lists were written for
this project from ordinary news usage; tables with strengths (negators, hedges,
quantifiers) are package data read by ``verifier.lang.funcwords``.
"""

from __future__ import annotations

import re

from verifier.lang.chars import CLAUSE_ENDS, DEVA_B, DEVA_E, DEVA_WORD_CHARS
from verifier.lang.stem import fold_hi

# --- function words -----------------------------------------------------------------
# Stop words weigh nothing when two texts are matched; weak words (light verbs, auxiliaries,
# fillers; Hindi news prose carries many more of them than the English it renders: "निर्णय
# ले लिया गया है") weigh little when a clause's content is measured. Both are listed here
# once; the weak set is the stop words' shared forms plus the light verbs and fillers.

STOP_EN = frozenset(
    """a an the and or but if then than so as of in on at to for from by with about into onto
    over under after before between through during without within upon via per
    is are was were be been being am do does did done have has had having will would shall
    should can could may might must it its it's this that these those there here their
    theirs them they he him his she her hers we us our ours you your yours i me my mine
    who whom whose which what when where why how also just very too more most such only
    own same other another any each every both either neither all some many much few
    s t 's ’s ya ji mr mrs ms dr amp rt via since until till anymore yet still even ever
    let lets let's let’s i'm i’m it’s we're we’re however while whilst although though
    throughout according previously meanwhile furthermore moreover thus hence instead
    otherwise besides nevertheless nonetheless therefore whereas whether because""".split()
)
# Hindi function words: postpositions, auxiliaries, pronouns, particles, conjunctions.
_STOP_HI_WORDS = """
    का के की को में से पर ने और या तथा एवं है हैं था थी थे हो होता होती होते होगा होगी
    होंगे हुआ हुई हुए रहा रही रहे गया गई गए गयी गये कर करके किया की किए किये करना करने करते
    करती दिया दी दिए लिया ली लिए वह वे यह ये इस इन उस उन उनके उनकी उनका उन्होंने उन्हें
    इसके इसकी इसका इसमें उसमें जो जिस जिसे जिन्हें जिसमें जिनमें जिनके जिनका जिनकी जिनसे जिनपर बारे कि तो भी ही अपने अपनी अपना तक साथ
    लिए बाद पहले बीच द्वारा एक कुछ सब सभी कोई किसी कई आप हम हमें हमारे हमारी हमारा मैं मुझे
    मेरे मेरी मेरा तुम आपके आपकी आपका जब तब यहां वहां यहाँ वहाँ ऐसे ऐसा ऐसी वाले वाली वाला
    रूप तरह ओर लेकर जा जाता जाती जाते जाना जाने सकता सकती सकते चाहिए देना लेना होना पाना
    लगाना रखना बनाना उठाना डालना
""".split()
STOP_HI = frozenset(fold_hi(w) for w in _STOP_HI_WORDS)
"""Hindi function words (postpositions, auxiliaries, pronouns, particles, conjunctions),
folded: they weigh nothing when texts are matched."""

# Light verbs and auxiliaries in their common forms, fillers and determiners: Hindi news
# prose carries many more of these than the English it renders ("निर्णय ले लिया गया है").
WEAK_HI = frozenset(_STOP_HI_WORDS) | frozenset(
    """
    करा करे करें करो करूं करूँ करेगा करेगी करेंगे करता करनी कराना कराया कराई कराते दे दें
    दो देने देनी देता देती देते देगा देगी देंगे दिये दीं ले लें लो लेने लेता लेती लेते लेगा
    लेगी लेंगे लिये लीं हूं हूँ हों होने हुईं थीं रह रहना रहने रहता रहती रहते रहेगा रहेगी
    रहेंगे जाए जाएं जाएँ जाएगा जाएगी जाएंगे सक सका सकी सके सकेगा सकेंगे पा पाते पाता पाती
    पाया पाए लग लगा लगी लगे लगता लगती लगते लगाने लगाया चुका चुकी चुके पड़ा पड़ी पड़े पड़ता
    पड़ेगा दूसरा दूसरी दूसरे अन्य खुद स्वयं बहुत काफी काफ़ी ज़्यादा ज्यादा अधिकतर फिर वहीं
    यहीं इसे उसे उसकी उसका उसके इन्हें यानी अर्थात मतलब बात बातें पास बारे प्रकार तौर तरीके
    तरीका दौरान अलावा अनुसार मुताबिक ज़रिए जरिए वजह कारण संबंध सिलसिले मामले हिसाब हद
    """.split()
)
"""The stop words plus light verbs, auxiliaries in their common forms, fillers and
determiners: they say little of what a clause claims."""
WEAK_EN = frozenset(
    """
    get gets got getting make makes making take takes taking took go goes going went gone
    put puts thing things way ways one ones really also just quite rather even lot lots kind
    sort able well like now then there here today yes
    """.split()
)

# --- titles -------------------------------------------------------------------------
# Titles, offices and honorifics sit next to names in Hindi news ("केंद्रीय विदेश मंत्री
# एस. जयशंकर", "भाजपा नेता", "अभिनेता"): a speaker made only of them is resolved to the
# person named earlier, an inferred author loses them, the entity check does not read
# them as names. Party names are here too because they qualify a title ("कांग्रेस नेता").
# Every Hindi word of a ``title`` row of data/gazetteer/aliases.tsv (which maps titles to
# English) is in this set; a test keeps the two in step.

HONORIFICS_HI = frozenset("श्री श्रीमती सुश्री डॉ डॉ. डॉक्टर जी प्रो जस्टिस".split())
OFFICES_HI = frozenset(
    "मंत्री विदेश प्रधानमंत्री प्रधान पीएम पंतप्रधान राष्ट्रपति उपराष्ट्रपति सांसद विधायक नेता "
    "अध्यक्ष मुख्यमंत्री मुख्य सीएम राज्यपाल केंद्रीय उपाध्यक्ष महासचिव प्रवक्ता राजदूत सचिव "
    "वित्त रक्षा गृह स्वास्थ्य रेल राज्यमंत्री गृहमंत्री वित्तमंत्री रक्षामंत्री विदेशमंत्री रेलमंत्री "
    "उपमुख्यमंत्री मेयर महापौर कलेक्टर आयुक्त कमिश्नर जज न्यायाधीश सीजेआई संयोजक सुप्रीमो प्रमुख "
    "चेयरमैन निदेशक संस्थापक सदस्य सीईओ".split()
)
RANKS_HI = frozenset("पूर्व वरिष्ठ दिग्गज महानायक चीफ".split())
"""Words that qualify a title or a name without being one ("पूर्व मंत्री", "दिग्गज अभिनेता")."""
PROFESSIONS_HI = frozenset(
    "कप्तान कोच अभिनेता अभिनेत्री क्रिकेटर खिलाड़ी बल्लेबाज गेंदबाज उद्योगपति राजनेता स्टार बॉलीवुड "
    "पत्रकार लेखक लेखिका "
    "एक्टर एक्ट्रेस गायक गायिका निर्देशक फिल्ममेकर प्रोफेसर बैरिस्टर एडवोकेट वकील".split()
)
PARTIES_HI = frozenset("कांग्रेस भाजपा बीजेपी सपा बसपा राजद टीएमसी आरजेडी एनसीपी शिवसेना".split())
TITLES_HI = HONORIFICS_HI | OFFICES_HI | RANKS_HI | PROFESSIONS_HI | PARTIES_HI
"""Every word that can stand in a title before a Hindi name."""
NP_ENDS_HI = frozenset("ने नें का की के को से पर में तक और व एवं तथा".split())
"""Case markers and conjunctions that close a Hindi noun phrase: a common word right before
one can end a name ("सलमान खान ने"), elsewhere it is the next phrase ("सिब्बल सबसे ज्यादा")."""
GROUP_NOUNS_HI = frozenset(
    "सरकार पार्टी दल गुट परिवार समर्थक समर्थकों टीम खेमा खेमे कैंप प्रशासन मंत्रालय विभाग "
    "कार्यालय दफ्तर यूजर यूजर्स यूज़र यूज़र्स लोग लोगों".split()
)
"""Collective nouns that follow a name without being part of it ("मोदी सरकार", "कांग्रेस
पार्टी", "कोहली के फैंस"): who they name is a group, not a person who posted."""
OUTSIDE_VOICES_HI = frozenset(
    "विपक्ष विपक्षी कार्यकर्ता कार्यकर्ताओं प्रदर्शनकारी प्रदर्शनकारियों आंदोलनकारी आंदोलनकारियों "
    "निवासी निवासियों स्थानीय ग्रामीण ग्रामीणों गवाह गवाहों चश्मदीद चश्मदीदों प्रत्यक्षदर्शी "
    "प्रत्यक्षदर्शियों आलोचक आलोचकों समर्थक समर्थकों".split()
)
"""Voices from outside an institution — its opposition, activists, protesters, residents,
witnesses, critics, supporters: whatever an institution's own account posts, they are not
who said it. ("एक यूजर", a user, is left out: a user may run any account.)"""
NAME_WORDS_HI = frozenset(
    "सिंह खान लाल दास नाथ चंद्र चंद देवी कुमार कुमारी आज़ाद आजाद जैन शाह गांधी बोस रॉय सेन मित्तल".split()
)
"""Surnames and name words that are also ordinary Hindi words (lion, mine, red, servant …):
after a name they end it ("युवराज सिंह", "सलमान खान"), before one they do not begin one
("लाल किले" is a place)."""
TITLES_EN = frozenset(
    "dr mr mrs ms miss shri sri smt prof sir hon justice president pm cm minister ji".split()
)
"""Titles and honorifics around a name written in Latin script, case-folded and without
the dot ("Dr. Mansukh Mandaviya", "Sri @narendramodi ji")."""

# --- pronouns -------------------------------------------------------------------------
ERGATIVE_PRONOUNS = (
    "उन्होंने इन्होंने उसने इसने मैंने हमने आपने तुमने "  # Hindi
    "त्यांनी त्याने तिने "  # Marathi
    "তিনি"  # Bengali (nominative: Bengali has no ergative)
).split()
"""Pronouns that carry the agent of a reporting verb by themselves ("उन्होंने … कहा कि")."""
PRONOUNS = frozenset(ERGATIVE_PRONOUNS) | frozenset("वे वह उनका उनके তাঁরা انہوں انھوں".split())
"""Pronouns a speaker can be named by; resolved to the person named earlier."""

# --- reporting: verbs of saying and posting, platform words --------------------------------
SAY_VERBS = (
    r"(?:कह|लिख|बता|पूछ)\s*(?:दिया|दी|डाला|डाली|लिया|ली)|"
    r"कहा|कहते|कहती|कहना|कह|लिखा|लिखते|लिखती|लिखी|लिखे|लिख|बताया|बताते|पूछा|पूछते|दोहराया|"
    r"साफ\s*कर\s*दिया|स्पष्ट\s*किया|खंडन\s*किया|"
    r"ट्वीट\s*किया|ट्वीट\s*कर(?:के|ते\s*हुए)?|ट्वीट\s*की|ट्विट\s*किया|टि्वट\s*किया|टि्वट\s*कर(?:के)?|"
    r"पोस्ट\s*किया|पोस्ट\s*की|पोस्ट\s*कर(?:के|ते\s*हुए)?|रीट्वीट\s*किया|"
    r"दावा\s*किया|सुझाव\s*दिया|अनुमान\s*लगाया|बयान\s*दिया|तर्क\s*दिया|"
    r"अपील\s*की|घोषणा\s*की|आग्रह\s*किया|जवाब\s*दिया|प्रतिक्रिया\s*दी|जानकारी\s*दी|सूचना\s*दी|"
    r"म्हणाले|म्हटले|म्हटलं|म्हटलंय|म्हणतो|म्हणाल्या|म्हणाला|लिहिले|लिहिलं|सांगितले|सांगितलं|"
    r"বলেন|বললেন|বলেছেন|লেখেন|লিখেছেন|লিখলেন|জানান|জানালেন|জানিয়েছেন|"
    r"টুইট\s*কর(?:ে|েন|লেন|েছেন)|পোস্ট\s*কর(?:ে|েন|লেন|েছেন)|"
    r"म्हणतात|म्हणते|ट्विट\s*(?:केले|केलं|केली|करत|करून)|ट्वीट\s*(?:केले|केलं|केली|करत|करून)|"
    r"पोस्ट\s*(?:केली|केले|केलं)|"
    r"کہا|لکھا|بتایا|ٹویٹ\s*کیا|ٹویٹ\s*کرتے\s*ہوئے"
)
"""Verbs (and verb phrases) of saying and posting, as a regex alternation: Hindi first, then
Marathi, Bengali and Urdu ones seen in real articles."""

ACT_VERBS = (
    r"भविष्यवाणी\s*की|चुनौती\s*दी|तंज\s*कसा|निशाना\s*साधा|बधाई\s*दी|शुभकामनाएं\s*दीं?|"
    r"धन्यवाद\s*दिया|आभार\s*(?:जताया|व्यक्त\s*किया)|स्वागत\s*किया|मांग\s*की|आरोप\s*लगाया|"
    r"चेतावनी\s*दी|विश्वास\s*व्यक्त\s*किया|सहमति\s*जताई|शेयर\s*किया|साझा\s*किया|"
    r"(?:दुख|दुःख|खुशी|ख़ुशी|निराशा|नाराजगी|नाराज़गी|शोक|चिंता|संवेदना|गुस्सा|हैरानी)\s*"
    r"(?:व्यक्त|जाहिर|ज़ाहिर|प्रकट)\s*(?:की|किया|करते\s*हुए)|(?:याद\s*किया)"
)
"""Verbs that describe what a post does rather than quote it ("X ने ट्वीट कर Y को बधाई दी")."""

SAY_VERBS_NOMINATIVE = (
    r"টুইট\s*কর(?:ে|েন|লেন|েছেন)(?:\s+(?:লেখেন|লিখেছেন|বলেন|জানান))?|"
    r"পোস্ট\s*কর(?:ে|েন|লেন|েছেন)(?:\s+(?:লেখেন|লিখেছেন|বলেন|জানান))?|"
    r"বলেন|বললেন|বলেছেন|জানান|জানালেন|জানিয়েছেন|লেখেন|লিখেছেন|লিখলেন|"
    r"म्हणाले|म्हणाल्या|म्हणाला|म्हणतो|म्हणते|म्हणतात"
)
"""Verbs of saying that take a plain subject: Bengali (no ergative) and Marathi म्हणाले."""

ERGATIVE = r"(?:ने|नें|यांनी|نے)(?:\s+भी)?"
"""The ergative marker after a speaker: Hindi ने, Marathi यांनी, Urdu نے."""

PLATFORM_WORDS = (
    "एक्स" + DEVA_E + r"|ट्विटर|ट्वीटर|ट्वीट|ट्विट|टि्वट|टि्वटर|ट्वि‍ट|ट्‌वीट|रीट्वीट|पोस्ट|सोशल\s*मीडिया|हैंडल|"
    r"फेसबुक|इंस्टाग्राम|"
    r"\bX\b|Twitter|ট্যুইট|টুইট|ফেসবুক|সোশ্যাল\s*মিডিয়া|پوسٹ|ٹویٹ|ٹوئٹ|ٹوئٹر|سوشل\s*میڈیا|فیس\s*بک|"
    r"ट्वीटमध्ये|ट्विटरच्या|समाजमाध्यम"
)
"""Words naming a platform or a post: a cue that names one reports a post."""

WRITE_VERBS = r"लिखा|लिखते|लिखी|लिखें|लिहिले|लिहिलं|म्हणाले|म्हणतो|লেখেন|লিখেছেন|لکھا"
"""Verbs of writing: next to an embed, they say the article renders a post."""

POST_CUES = f"{PLATFORM_WORDS}|{WRITE_VERBS}"
"""Words around a rendering that say a post was written (Hindi, Marathi, Bengali, Urdu)."""

POSTING_EN = r"tweet\w*|posted|wrote"
"""English words saying that someone posted."""

CLAUSE_BREAK = re.compile(rf"[{CLAUSE_ENDS}\n:|,“”\"]|{DEVA_B}कि{DEVA_E}")
"""Where a clause ends for the checks that read one clause (a date's tense, the posting
verb next to a date): sentence ends, colon, comma, quotes, and the complementiser कि
("X ने कहा कि … कल … होगा": the reported clause has its own tense)."""

QUALIFYING_CONNECTORS_EN = (
    "if", "unless", "provided", "except", "but", "however", "although", "though", "yet",
    "whereas", "until", "unless", "only if", "as long as", "instead",
)  # fmt: skip
"""English connectors that limit or turn round what the rest of a post says: a sentence
opening with one cannot be left out without changing the meaning."""

SAY_VERBS_EN = frozenset(
    "said says told added wrote tweeted posted announced confirmed stated replied asked "
    "reported".split()
)
"""English verbs of saying and posting in the third person ("… , he said")."""

REPORTING_VERBS_EN = frozenset(
    "said says told suggested inferred remarked announced stated added claimed reported "
    "warned argued explained noted estimated found believe believes believed concluded "
    "confirmed wrote insisted admitted denied thinks think thought says".split()
)
"""English verbs a news sentence reports someone's words or findings with ("the
researchers suggested", "Siminoff remarked")."""

SOURCE_VERBS_EN = (
    "say", "says", "said", "stated", "told", "announced", "reported", "suggest", "suggests",
    "suggested", "claimed", "warned", "confirmed", "noted", "explained", "referenced", "cited",
)  # fmt: skip
"""English verbs with which a post reports a source other than its author ("NHC says",
"the researchers suggested"); ``drift.judge`` reads a frame naming no platform as the post's
own words when the post reports someone so."""

SUBJECT_VERBS_EN = SAY_VERBS_EN | frozenset("has had was is will would".split())
"""English verbs a reported subject opens a news sentence with ("Schneider said …"): an
unknown capitalised word before one is a name even at a sentence start."""

# --- words with a negative meaning ----------------------------------------------------
# Languages negate differently: "poorly maintained" is "ठीक से मेनटेन नहीं", "without" is
# "के बिना", "free" is "मुक्त", "refused" is "इनकार किया" or "नहीं माना". The negation
# check counts these words on both sides so that a negation said with a word on one side
# and with नहीं/not on the other is not drift. Lists written for this project from
# ordinary Hindi and English news usage.

_DEV = DEVA_WORD_CHARS
_B, _E = DEVA_B, DEVA_E

NEG_LEX_EN = re.compile(
    r"\b(?:un(?!der|til|ion|ique|it|iv|if|cle|less\b)\w{3,}|"
    r"in(?:capab|abilit|adequa|sufficien|effectiv|valid|visib|accura|competen|correct|"
    r"complet|activ|secur|nocen|justic)\w*|"
    r"im(?:possib|proper|matur|balanc|moral|patien)\w*|ir(?:relevan|responsib|regular)\w*|"
    r"il(?:legal|legitima|logical)\w*|"
    r"dis(?:agree|approv|allow|abl|appear|believ|connect|continu|honest|like|loyal|obey|order|"
    r"pleas|pute|qualif|regard|respect|satisf|trust|comfort|advantage|credit|miss)\w*|"
    r"non(?!e\b|etheless)\w*|\w+less(?<!\bunless)(?<!nevertheless)(?<!regardless)(?<!nonetheless)(?<!\bbless)|"
    r"poorly|badly|fail\w*|lack\w*|absen\w*|refus\w*|den(?:y|ied|ies|ial)|"
    r"declin(?:e|ed|es|ing)|reject\w*|hardly|barely|rarely|seldom|(?<!\ba\s)(?:few|little)|"
    r"fewer|less|lower|low|reduc\w*|decreas\w*|prevent\w*|stop(?:s|ped|ping)?|avoid\w*|"
    r"against|free(?:d|s|dom)?|ban(?:s|ned|ning)?|block(?:s|ed|ing|ade)?|prohibit\w*|"
    r"whether|beyond|doubt\w*|except|more than just|replac\w*|regardless|irrespective|"
    r"sparse\w*|scarc\w*|shortage|shortfall|deactivat\w*|fake|false|hoax|bogus|misleading)\b",
    re.IGNORECASE,
)
"""English words and prefixes with a negative meaning ("un-", "-less", "fail", "refuse",
"few" but not "a few", "union"/"unique"/"disease" are no negatives)."""

NEG_COND_EN = re.compile(r"\b(?:before|until|till|unless)\b", re.IGNORECASE)
"""Conjunctions Hindi says with a negated verb: "until he comes" = "जब तक वह नहीं आता"."""

NEG_COND_HI = re.compile(r"बिना|बगैर|बग़ैर|जब\s+तक|तब\s+तक|पहले\s+कि|से\s+पहले|वरना|नहीं\s+तो")

NEG_LEX_HI = re.compile(
    _B + r"(?:"
    # whole words
    r"कम|कमी|अभाव|बजाय|बजाए|मुफ्त|मुफ़्त|निःशुल्क|निशुल्क|संदेह|शक|संशय|खिलाफ|ख़िलाफ़|खिलाफ़|"
    r"विरुद्ध|खारिज|ख़ारिज|खंडन|पाबंदी|बमुश्किल|दुर्लभ|निर्दोष|बेगुनाह|बेकसूर|अदृश्य|अज्ञात|"
    r"अवैध|अनुचित|असंभव|असम्भव|नामुमकिन|अपर्याप्त|नाकाफी|नाकाफ़ी|अधूरा|अधूरी|अधूरे|अयोग्य|"
    r"अक्षम|असमर्थ|अनावश्यक|असत्य|अनैतिक|अस्थिर|असुरक्षित|अनिश्चित|अनियमित|अमान्य|अप्रभावी|"
    r"निष्क्रिय|निरर्थक|निराधार|बेअसर|बेबस|बेघर|बेरोजगार|बेरोज़गार|बेकाबू|बेहिचक|बेझिझक|बेखौफ|"
    r"बेख़ौफ़|बेफिक्र|बेफ़िक्र|बेवजह|असामान्य|असहमत|असंतुष्ट|असहाय|असफल|असफलता|विफल|विफलता|"
    r"नाकाम|नाकामी|अनुपस्थित|गैरहाजिर|गैरमौजूद|फर्जी|फ़र्ज़ी|फेक|झूठा|झूठी|झूठे|झूठ|अफवाह|अफ़वाह|"
    # phrases
    r"की\s+जगह|के\s+स्थान\s+पर|के\s+बदले|शायद\s+ही|मुश्किल\s+से|कभी-कभार|कभी\s+कभार|"
    r"मना\s+(?:कर|किया|करने|करते)"
    r")" + _E + r"|" + _B + r"(?:"
    # stems that take endings: रोकना/रोका/रोकने, बचें/बचना, इनकार/इंकार, अनजाने, ठुकराया
    r"रोक|बच(?=ें|ने|ना|ते|कर|िए|ो)|इनकार|इंकार|अनजान|ठुकरा|प्रतिबंध|प्रतिबन्ध|चूक|"
    # prefixes and suffixes: गैर-कानूनी, गैरकानूनी; प्रदूषण-रहित, कर-मुक्त
    r"गैर[-\s]?(?=[" + _DEV + r"])|ग़ैर[-\s]?(?=[" + _DEV + r"])|[" + _DEV + r"-]*(?:रहित|मुक्त)"
    r")[" + _DEV + r"]*"
)
"""Hindi words with a negative meaning (असफल, अनजाने, गैर-कानूनी, -रहित, -मुक्त …), as
whole words: कम is "less", not the start of कमरा."""

LITOTES_HI = re.compile(
    _B + r"(?:हानि|नुकसान|नुक़सान|बुरा|बुरी|बुरे|गलत|ग़लत|बेकार|व्यर्थ|मुश्किल|कठिन|चुप)" + _E
)
"""Words whose negation says something positive: "समय की हानि नहीं" (worth the time),
"बुरा नहीं" (fine), "कम नहीं" (plenty) — besides the negative words above."""

LITOTES_EN = re.compile(r"\b(?:bad|wrong|harm\w*|waste\w*|hard|difficult)\b", re.IGNORECASE)

# --- the English reporting frame -------------------------------------------------------
# An English article's account of a posting: "X wrote on X:", "said in a post on Tuesday
# that", "tweeted:", "“…,” he said, adding, “…”". ``claims.frame_en`` reads these.

FRAME_VERBS_EN = (
    r"said|says|say|tweeted|tweets|wrote|writes|posted|posts|added|adds|announced|announces|"
    r"stated|states|told|tells|replied|replies|responded|remarked|noted|claimed|asserted|"
    r"declared|shared|informed|urged|asked|exclaimed|quipped|"
    r"saying|stating|adding|writing|posting|tweeting|noting|sharing|replying|declaring|"
    r"captioned|captioning|reads|read|was|were"
)
"""English verbs that introduce a post's words in an article's frame ("PM Modi said, “…",
"ISRO took to X posting, “…", "the caption reads: “…", "his response was: “…"). "was"
and "read" introduce only a quotation that follows a delimiter ("response was:")."""

FRAME_WEAK_VERBS_EN = frozenset("was were read reads".split())
"""Frame verbs that introduce words only when a delimiter or a quotation mark follows."""

FIRST_PERSON_EN = frozenset("i we you me us".split())
"""Subjects a frame verb never has: "I said", "we wrote" are a post's own words."""

FRAME_PRONOUNS_EN = frozenset("he she they it his her their its".split())
"""Subjects of a frame that name nobody by themselves; the speaker is resolved elsewhere."""

TRANSLATION_CUES_EN = (
    r"(?:which|that|this)\s+(?:roughly\s+|loosely\s+)?(?:translates|translated|means|meant)"
    r"(?:\s+(?:to|as|into\s+English))?|(?:roughly\s+)?translated\s+(?:as|to)|"
    r"(?:meaning|translation)"
)
"""Words that give a translation of a quotation in another language ("“हम भारत …”, which
translates to “We look forward …”"): the original and the cue are frame, the translation
is the rendering."""

REPLIED_TO_EN = r"to\s+which|in\s+(?:reply|response)|replying\s+to\s+which"
"""Words after a quotation that say it is what the post replies to ("a fan wrote: “…”, to
which X replied: “…”"): that quotation is the frame's, not the post's."""

TENTATIVE_EN = re.compile(
    r"\b(?:thinking\s+(?:of|about)|think(?:s)?\s+(?:of|about)|considering|contemplating|mulling|"
    r"planning\s+to|plans?\s+to|hoping\s+to|hopes?\s+to|intend(?:s|ing)?\s+to|may|might|"
    r"perhaps|possibly|probably|likely|could)\b",
    re.IGNORECASE,
)
"""English words that leave an intention or a claim open ("thinking of giving up", "may
quit"): a rendering that drops them all states as settled what the post left open."""
