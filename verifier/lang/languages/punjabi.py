"""Punjabi (Gurmukhi). Postpositions mostly written apart (ਭਾਰਤ ਵਿੱਚ). Words written here."""

from verifier.lang.languages import Language

LANGUAGE = Language(
    code="pa",
    name="Punjabi",
    script="guru",
    stop_words="""ਅਤੇ ਹੈ ਹਨ ਸੀ ਸਨ ਦਾ ਦੀ ਦੇ ਦੀਆਂ ਨੂੰ ਨੇ ਵਿੱਚ ਵਿਚ ਤੋਂ ਤੇ ਲਈ ਨਾਲ ਇਹ ਉਹ ਇਸ ਉਸ
    ਇਨ੍ਹਾਂ ਉਨ੍ਹਾਂ ਜੋ ਜਿਸ ਕਿ ਵੀ ਹੀ ਇੱਕ ਇਕ ਕੀਤਾ ਕੀਤੀ ਕੀਤੇ ਕਰ ਕਰਨ ਗਿਆ ਗਈ ਗਏ ਹੋ ਹੋਇਆ ਹੋਈ
    ਰਿਹਾ ਰਹੀ ਰਹੇ ਪਰ ਜਾਂ ਮੈਂ ਅਸੀਂ ਤੁਸੀਂ ਆਪਣੇ ਆਪਣੀ ਕਿਹਾ ਦੱਸਿਆ ਹੋਣ ਜਾ ਦੁਆਰਾ ਬਾਅਦ ਪਹਿਲਾਂ
    ਕੋਈ ਕੁਝ ਸਾਰੇ ਕਈ""",
    negators="ਨਹੀਂ ਨਹੀ ਨਾ ਨ ਬਿਨਾਂ ਬਿਨਾ ਮਤ",
    suffixes="ੀਆਂ ਿਆਂ ਆਂ ਾਂ ਵਾਂ",
    speech_cues=(
        "ਨੇ ਕਿਹਾ ਕਿ",
        "ਨੇ ਕਿਹਾ",
        "ਨੇ ਦੱਸਿਆ ਕਿ",
        "ਕਿਹਾ ਹੈ",
        "ਨੇ ਟਵੀਟ ਕੀਤਾ",
        "ਦਾ ਕਹਿਣਾ ਹੈ ਕਿ",
    ),  # fmt: skip
    # Verbs of saying and posting, quotatives and platform words as news reports a post
    # ("… ਨੇ ਟਵੀਟ ਕਰਕੇ ਕਿਹਾ ਕਿ …", as in Hindi); Bhatia, *Punjabi*, Routledge Descriptive
    # Grammars, 1993, §1.1.2.1.
    say_verbs=(
        "ਕਿਹਾ",
        "ਆਖਿਆ",
        "ਲਿਖਿਆ",
        "ਦੱਸਿਆ",
        "ਟਵੀਟ ਕਰ",
        "ਪੋਸਟ ਕੀਤ",
        "ਐਲਾਨ ਕੀਤਾ",
        "ਅਪੀਲ ਕੀਤੀ",
    ),
    complementizers=("ਕਿ",),
    platform_words=("ਟਵੀਟ", "ਟਵਿੱਟਰ", "ਐਕਸ", "ਪੋਸਟ", "ਫੇਸਬੁੱਕ", "ਸੋਸ਼ਲ ਮੀਡੀਆ"),
    number_words={
        "ਇੱਕ": 1,
        "ਦੋ": 2,
        "ਤਿੰਨ": 3,
        "ਚਾਰ": 4,
        "ਪੰਜ": 5,
        "ਛੇ": 6,
        "ਸੱਤ": 7,
        "ਅੱਠ": 8,
        "ਨੌਂ": 9,
        "ਦਸ": 10,
        "ਵੀਹ": 20,
        "ਪੰਜਾਹ": 50,
        "ਸੌ": 100,
    },  # fmt: skip
    scale_words={
        "ਹਜ਼ਾਰ": 1e3,
        "ਹਜਾਰ": 1e3,
        "ਲੱਖ": 1e5,
        "ਕਰੋੜ": 1e7,
        "ਮਿਲੀਅਨ": 1e6,
        "ਬਿਲੀਅਨ": 1e9,
        "ਅਰਬ": 1e9,
    },  # fmt: skip
    relative_days={"ਅੱਜ": (0,), "ਕੱਲ੍ਹ": (-1, 1), "ਕੱਲ": (-1, 1)},
    percent_words="ਫੀਸਦੀ ਫ਼ੀਸਦੀ ਪ੍ਰਤੀਸ਼ਤ",
    qualifiers_before={"ਲਗਭਗ": "about", "ਤਕਰੀਬਨ": "about", "ਕਰੀਬ": "about", "ਘੱਟੋ ਘੱਟ": "at-least"},
    qualifiers_after={
        "ਤੋਂ ਵੱਧ": "more-than",
        "ਤੋਂ ਜ਼ਿਆਦਾ": "more-than",
        "ਤੋਂ ਘੱਟ": "less-than",
        "ਤੱਕ": "up-to",
    },
)
