"""Hindi words shared by several drift checks.

Titles and honorifics (श्री, मंत्री, पीएम …) sit next to names in Hindi news: the entity
check uses them to spot a name the post does not have, the attribution check strips them
from a speaker before comparing it with the post's author.
"""

from __future__ import annotations

import re

TITLE_HI = frozenset(
    "श्री श्रीमती सुश्री डॉ डॉक्टर जी मंत्री विदेश प्रधानमंत्री पीएम राष्ट्रपति सांसद विधायक नेता अध्यक्ष "
    "मुख्यमंत्री सीएम राज्यपाल केंद्रीय पूर्व कांग्रेस भाजपा बीजेपी उपाध्यक्ष महासचिव प्रवक्ता राजदूत "
    "सीईओ कप्तान कोच अभिनेता अभिनेत्री क्रिकेटर खिलाड़ी उद्योगपति स्टार बॉलीवुड "
    "संयोजक सुप्रीमो प्रमुख चेयरमैन सचिव निदेशक संस्थापक सदस्य वरिष्ठ दिग्गज पत्रकार लेखक लेखिका "
    "एक्टर एक्ट्रेस गायक गायिका निर्देशक फिल्ममेकर मेयर महापौर कलेक्टर आयुक्त कमिश्नर जज न्यायाधीश "
    "जस्टिस प्रोफेसर प्रो चीफ राज्यमंत्री गृहमंत्री वित्तमंत्री रक्षामंत्री उपमुख्यमंत्री सपा बसपा राजद "
    "टीएमसी आरजेडी एनसीपी शिवसेना बैरिस्टर एडवोकेट वकील".split()
)

# --- words with a negative meaning ----------------------------------------------------
# Languages negate differently: "poorly maintained" is "ठीक से मेनटेन नहीं", "without" is
# "के बिना", "free" is "मुक्त", "refused" is "इनकार किया" or "नहीं माना". The negation
# check counts these words on both sides so that a negation said with a word on one side
# and with नहीं/not on the other is not drift. Lists written for this project from
# ordinary Hindi and English news usage.

_DEV = "\u0900-\u097f"
_B, _E = f"(?<![{_DEV}])", f"(?![{_DEV}])"

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
    r"sparse\w*|scarc\w*|shortage|shortfall|deactivat\w*)\b",
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
    r"नाकाम|नाकामी|अनुपस्थित|गैरहाजिर|गैरमौजूद|"
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

LITOTES_HI = re.compile(_B + r"(?:हानि|नुकसान|नुक़सान|बुरा|बुरी|बुरे|गलत|ग़लत|बेकार|व्यर्थ|मुश्किल|कठिन)" + _E)
"""Words whose negation says something positive: "समय की हानि नहीं" (worth the time),
"बुरा नहीं" (fine), "कम नहीं" (plenty) — besides the negative words above."""

LITOTES_EN = re.compile(r"\b(?:bad|wrong|harm\w*|waste\w*|hard|difficult)\b", re.IGNORECASE)
