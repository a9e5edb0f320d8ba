"""Hindi words shared by several drift checks.

Titles and honorifics (श्री, मंत्री, पीएम …) sit next to names in Hindi news: the entity
check uses them to spot a name the post does not have, the attribution check strips them
from a speaker before comparing it with the post's author.
"""

from __future__ import annotations

TITLE_HI = frozenset(
    "श्री श्रीमती सुश्री डॉ डॉक्टर जी मंत्री विदेश प्रधानमंत्री पीएम राष्ट्रपति सांसद विधायक नेता अध्यक्ष "
    "मुख्यमंत्री सीएम राज्यपाल केंद्रीय पूर्व कांग्रेस भाजपा बीजेपी उपाध्यक्ष महासचिव प्रवक्ता राजदूत "
    "सीईओ कप्तान कोच अभिनेता अभिनेत्री क्रिकेटर खिलाड़ी उद्योगपति स्टार बॉलीवुड".split()
)
