"""Odia (Odia script). Case endings glued to the noun (ଭାରତରେ, ମୋଦିଙ୍କ). Words written here."""

from verifier.lang.languages import Language

LANGUAGE = Language(
    code="or",
    name="Odia",
    script="orya",
    stop_words="""ଏବଂ ଓ ଏହି ସେହି ଏକ ଯେ ଯାହା ସେ ସେମାନେ ତାଙ୍କ ତାଙ୍କର ତାଙ୍କୁ ଦ୍ୱାରା ପାଇଁ ସହ ସହିତ ରେ
    ରୁ ର କୁ ଠାରୁ ଉପରେ ମଧ୍ୟ ହିଁ ହେଉଛି ଅଛି ଅଛନ୍ତି ଥିଲା ଥିଲେ ହୋଇଥିଲା କରିଥିଲେ କରି କରିବା
    ହେବ ହୋଇ କିନ୍ତୁ ବା କିମ୍ବା ମୁଁ ଆମେ ଆପଣ କହିଛନ୍ତି କହିଥିଲେ ବୋଲି ଏହା ଏଠାରେ ସେଠାରେ
    ପରେ ପୂର୍ବରୁ ସମସ୍ତ କିଛି""",
    negators="ନାହିଁ ନାହି ନୁହେଁ ନୁହେ ନା ନ ବିନା ନାହାନ୍ତି",
    negative_endings=("ନାହାନ୍ତି", "ନଥିଲେ", "ନଥିଲା", "ନାହିଁ"),
    suffixes="""ମାନଙ୍କର ମାନଙ୍କୁ ମାନଙ୍କ ମାନେ ଙ୍କର ଙ୍କୁ ଙ୍କ ଠାରେ ଠାରୁ ରେ ରୁ ର କୁ ଟି ଟିଏ ଟା""",
    clitics=("ଟି", "ହିଁ", "ମଧ୍ୟ"),
    speech_cues=(
        "ବୋଲି କହିଛନ୍ତି",
        "ବୋଲି କହିଥିଲେ",
        "ବୋଲି ସେ କହିଛନ୍ତି",
        "ବୋଲି ଜଣାଇଛନ୍ତି",
        "ବୋଲି ଟ୍ୱିଟ କରିଛନ୍ତି",
    ),  # fmt: skip
    # Verbs of saying and posting, quotatives and platform words as news reports a post
    # ("… ବୋଲି ସେ କହିଛନ୍ତି", "କହିଛନ୍ତି ଯେ …"); Neukom & Patnaik, *A Grammar of Oriya*,
    # 2003, §9 (reported speech with ବୋଲି).
    say_verbs=("କହି", "କହ", "ଲେଖି", "ଜଣାଇ", "ଟ୍ୱିଟ କରି", "ଟୁଇଟ କରି", "ପୋଷ୍ଟ କରି"),
    quotatives=("ବୋଲି",),
    complementizers=("ଯେ",),
    platform_words=("ଟ୍ୱିଟ", "ଟୁଇଟ", "ଟ୍ୱିଟର", "ଏକ୍ସ", "ପୋଷ୍ଟ", "ଫେସବୁକ", "ସୋସିଆଲ ମିଡିଆ"),
    number_words={
        "ଏକ": 1,
        "ଦୁଇ": 2,
        "ତିନି": 3,
        "ଚାରି": 4,
        "ପାଞ୍ଚ": 5,
        "ଛଅ": 6,
        "ସାତ": 7,
        "ଆଠ": 8,
        "ନଅ": 9,
        "ଦଶ": 10,
        "କୋଡ଼ିଏ": 20,
        "ପଚାଶ": 50,
        "ଶହେ": 100,
    },  # fmt: skip
    number_classifiers=("ଟି", "ଜଣ"),
    scale_words={
        "ହଜାର": 1e3,
        "ଶହ": 100,
        "ଲକ୍ଷ": 1e5,
        "କୋଟି": 1e7,
        "ମିଲିୟନ": 1e6,
        "ବିଲିୟନ": 1e9,
    },  # fmt: skip
    relative_days={"ଆଜି": (0,), "ଗତକାଲି": (-1,), "ଆସନ୍ତାକାଲି": (1,), "କାଲି": (-1, 1)},
    percent_words="ପ୍ରତିଶତ",
    qualifiers_before={"ପ୍ରାୟ": "about", "ଅତି କମରେ": "at-least"},
    qualifiers_after={
        "ରୁ ଅଧିକ": "more-than",
        "ରୁ ବେଶି": "more-than",
        "ରୁ କମ": "less-than",
        "ପର୍ଯ୍ୟନ୍ତ": "up-to",
    },
)
