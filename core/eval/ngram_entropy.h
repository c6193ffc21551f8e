// CounterFact "generation entropy" (GE, fluency; spec §6.4): the n-gram entropy of generated text
// over NLTK word tokens, and the NLTK `word_tokenize` port it needs (spec §11 q4: a documented
// approximation, no Python). Pure functions on values; thread-safe. Torch-free (ICU character
// properties only), although it is compiled into editscope_core with the other metrics.
//
// GE of one text = (2/3·H_2 + 4/3·H_3) / 2 with H_n = −Σ p·log2 p over the frequency distribution
// of the text's word n-grams (the reference's compute_n_gram_entropy); a record's value is the mean
// over its generated texts (n_gram_entropy). A degenerate text (one word repeated) scores 0.
//
// wordTokenize = sentenceTokenize, then nltkWordTokenizeSentence on each sentence, as NLTK's
// word_tokenize (nltk 3.8 source, which the tests check against; the reference's 3.6.5/3.7 are not
// checked, their rules are believed to be the same). Text is UTF-8 and is processed per code
// point; character classes follow Python 3's `re` on str: \s = str.isspace (ASCII whitespace, \x1c-\x1f, U+0085, U+00A0, U+1680,
// U+2000-200A, U+2028/2029, U+202F, U+205F, U+3000), \w = letters (L*) + any code point with a
// numeric value + '_', \d = Nd. Combining marks (which NFKD produces) are therefore *not* word
// characters, exactly as in Python.
//
// nltkWordTokenizeSentence is a rule-for-rule port of nltk.tokenize.NLTKWordTokenizer.tokenize
// (convert_parentheses=False), each regex substitution re-implemented with Python's leftmost,
// non-overlapping re.sub semantics:
//   starting quotes  « “ ‘ „ and runs of ` are padded; a leading " becomes ``; `` is padded;
//                    " or '' after a space or ( [ { < becomes ``; ' + one word char + boundary
//                    (not m t s d n, case-insensitive) is split: "'a" -> "'" "a".
//   punctuation      the final period of the sentence (followed only by ] ) } > " ' » ” ’ and
//                    whitespace, not preceded by another period) is split off; , and : are split
//                    unless followed by a decimal digit ("3,36" and "10:30" stay whole), also at the
//                    very end; runs of 2+ periods; ; @ # $ % &; ? and !; a ' followed by a space;
//                    *. Periods inside the sentence stay on their word ("York." mid-text).
//   brackets         ] [ ( ) { } < > are padded; "--" is padded.
//   ending quotes    » ” ’ padded; '' and " become ''; clitics 's 'm 'd (either case) and a bare '
//                    before a space are split from a preceding non-quote character, as are
//                    'll 're 've n't and their all-caps forms ('LL 'RE 'VE N'T) — only when a
//                    space follows, as in NLTK: the sentence is space-padded, so a clitic at its
//                    end splits, but "John's\nfoo" keeps "John's" whole.
//   contractions     CONTRACTIONS2, case-insensitive, on word boundaries: cannot d'ye gimme gonna
//                    gotta lemme more'n -> two tokens; wanna only when whitespace follows.
//                    CONTRACTIONS3: " 'tis" " 'twas" -> "'t" "is"/"was". CONTRACTIONS4 (whaddya,
//                    whatcha) is not applied, as in NLTK. Case-insensitivity follows Python's
//                    IGNORECASE for these ASCII letters, including ı/İ ~ i, ſ ~ s.
// The result is split on whitespace. Not done: convert_parentheses, span alignment.
//
// sentenceTokenize ports nltk's PunktSentenceTokenizer algorithm (period contexts, first- and
// second-pass token annotation, boundary realignment) but with the learned model replaced by a
// fixed parameter set, because the trained `punkt/english.pickle` is data we do not ship:
//   * abbreviations (never a sentence break after them): kPunktAbbreviations in the .cpp — mr mrs
//     ms dr prof st jr sr mt vs e.g i.e a.m p.m u.s u.k inc co corp ltd jan feb aug sept oct nov dec
//     gen gov sen rep rev lt col capt sgt messrs mme — matched against the word before the period
//     after ASCII lower-casing, or against its part after the last '-';
//   * no collocations, no frequent sentence starters and no orthographic statistics. With empty
//     statistics Punkt's rules reduce to: ?, ! and a period ending a non-abbreviation word break a
//     sentence when followed by whitespace and more text or by one of ) " ; } ] * : @ ' ( { [ ! ?;
//     an ellipsis ("..") never breaks; an initial ("J.") or a number ("1999.") does not break
//     before a lower-case word or ; : , . ! ?, and an initial does not break before a capitalised
//     word either; closing " ' ) ] } after the break move back into the earlier sentence.
// Where the trained English model decides differently, the tokens differ only at that period:
// it knows many more abbreviations (for "Ave. 5" this port breaks and emits "Ave" ".", NLTK keeps
// "Ave."), and it can break after a listed abbreviation or an initial when the next word is a
// frequent sentence starter ("Inc. The": NLTK may emit "Inc" ".", this port keeps "Inc."). Whether
// it breaks after an ellipsis hardly matters: the final-period rule skips "..", and an opening "
// after whitespace becomes `` either way (only an opening '' right after it would differ).
//
// Bad input (invalid UTF-8, n < 1) throws InputError.
#pragma once

#include <string>
#include <vector>

namespace editscope {

// NLTK word_tokenize(text): sentence split, then the NLTKWordTokenizer rules per sentence.
std::vector<std::string> wordTokenize(const std::string& text);

// Punkt-style sentence split (see above): the sentences as substrings of `text`; the first keeps
// any leading whitespace, the last loses trailing whitespace, blank text gives none.
std::vector<std::string> sentenceTokenize(const std::string& text);

// NLTKWordTokenizer().tokenize(sentence): the word rules alone, no sentence split.
std::vector<std::string> nltkWordTokenizeSentence(const std::string& sentence);

// −Σ p·log2 p over the relative frequencies of the n-grams (n consecutive words) of `words`;
// 0 when there are fewer than n words. Sums in first-occurrence order, like the reference.
double ngramEntropy(const std::vector<std::string>& words, int n);

// The reference's compute_n_gram_entropy(text): (2/3·H_2 + 4/3·H_3)/2 on wordTokenize(text).
double generationEntropy(const std::string& text);

// The reference's n_gram_entropy(texts): arithmetic mean of generationEntropy; 0 for no texts
// (the reference would produce NaN there).
double meanGenerationEntropy(const std::vector<std::string>& texts);

} // namespace editscope
