"""Language knowledge: text normalisation, scripts, stemming, transliteration, lexicon, gazetteer, word classes, numbers and dates."""
