"""Hindi verb roots and the forms built on them, to tell a verb from a noun or adjective.

A word ending in -ता is a habitual verb (करता) or an abstract noun (विविधता); a word ending
in -ई is a perfective (आई) or a noun (ऊंचाई). The common roots below settle it.
"""

from __future__ import annotations

import re

ROOTS = frozenset(
    """कर हो जा आ दे ले रह सक पा बन बना मिल लग चल चला रख देख सुन बोल कह बता लिख पढ़ पढ़ा सोच
    समझ समझा जान मान खा पी सो उठ उठा बैठ खेल दौड़ भाग गिर गिरा मर मार बच बचा छोड़ पकड़ भेज
    खोल खुल बंद बढ़ बढ़ा घट घटा टूट तोड़ फैल फैला जीत हार पहुंच पहुँच लौट लौटा निकल निकाल
    बदल बिक बेच खरीद ढूंढ ढूँढ खो दिख दिखा छिप छिपा बुला पूछ सिखा सीख जोड़ जुड़ बांट बाँट
    काट कट डाल डूब उड़ उड़ा चढ़ उतर उतार रुक रोक बिता बीत चुन पहन धो पका पकाते बना सजा
    गुज़र गुजर झेल सह सँभाल संभाल बसा बस चाह ला लगा घूम घुमा तैर नाच गा हँस हंस रो मुस्करा
    भर भरा जल जला बुझ बुझा मिला मिटा मिट टिक टिका पाल पल बढ़ चमक चमका पसंद जगा जाग सुला
    खिला खिल छू घेर घिर ठहर ठहरा झुक झुका दबा दब फँस फंस फंसा हिला हिल काँप कांप थम थाम
    सुधर सुधार बिगड़ बिगाड़ रुला डर डरा संवार सँवार बुन सिल पलट पलटा लूट पीट खींच धकेल उगा उग
    सूख सुखा भिगो भीग गल गला जम जमा पिघल पिघला बहा बह तल उबल उबाल पुकार गिन गिना चुका चुक
    बचाना हटा हट सौंप ठुकरा अपना निभा मना समा समेट लपेट खोज पनप टकरा घबरा शरमा उभर उभार
    दोहरा रच बिखर बिखेर रिझा लुभा फिसल लटक लटका फेंक बिछा ओढ़ नहा नहला सँवर सुलझ सुलझा उलझ""".split()
)
IRREGULAR = frozenset(
    """किया की किए किये कीं हुआ हुई हुए हुईं गया गई गए गयी गये गईं दिया दी दिए दिये दीं लिया
    ली लिए लिये लीं होगा होगी होंगे होंगी करेगा करेगी करेंगे करेंगी देगा देगी देंगे लेगा लेगी
    लेंगे""".split()
)
_SUFFIXES = (
    "तीं", "ता", "ती", "ते", "यीं", "या", "यी", "ये", "ईं", "ीं", "ई", "ए", "ा", "ी", "े",
    "ेंगी", "ेंगे", "ेगी", "ेगा", "एंगी", "एंगे", "एँगे", "एगी", "एगा", "ना", "नी", "ने",
)  # fmt: skip
_SUFFIX_RE = re.compile("(?:" + "|".join(sorted(_SUFFIXES, key=len, reverse=True)) + ")$")


def is_root(word: str) -> bool:
    return word in ROOTS


def is_verb_form(word: str) -> bool:
    """Whether ``word`` is an inflected form (not the bare root) of a common Hindi verb."""
    if word in IRREGULAR:
        return True
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix):
            root = word[: -len(suffix)]
            if root in ROOTS:
                return True
            # a root ending in -आ takes the endings after it: बनाया, बनाई, बनाता
            if suffix in ("या", "यी", "ये", "यीं") and root in ROOTS:
                return True
    return False


__all__ = ["IRREGULAR", "ROOTS", "is_root", "is_verb_form"]
