// The CounterFact generation-entropy metric (spec §6.4) and the NLTK word_tokenize port under it.
//
// Token expectations were printed by NLTK 3.8 (Debian python3-nltk 3.8-1), an independent
// implementation: NLTKWordTokenizer().tokenize for the word rules, and for the sentence split
// PunktSentenceTokenizer(PunktParameters(abbrev_types = the list in ngram_entropy.cpp)), since the
// trained punkt/english.pickle is not installed (and cannot be downloaded here); wordTokenize
// cases are that Punkt followed by NLTKWordTokenizer, which is word_tokenize's pipeline. The same
// pair agreed with the port on ~40k random strings during development. Entropy values are derived
// by hand, and the realistic paragraphs' GE values came from the reference formula run with numpy
// on those NLTK tokens.
#include "core/eval/ngram_entropy.h"
#include "core/util/error.h"
#include "support/test_main.h"

#include <cmath>
#include <string>
#include <vector>

using namespace editscope;

namespace {

struct TokenCase {
    const char* text;
    std::vector<std::string> expected;
};

QStringList toQt(const std::vector<std::string>& words)
{
    QStringList out;
    for (const std::string& w : words)
        out << QString::fromStdString(w);
    return out;
}

void addRows(const std::vector<TokenCase>& cases)
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    int i = 0;
    for (const TokenCase& c : cases) {
        const QString text = QString::fromUtf8(c.text);
        QTest::newRow(qPrintable(QString::number(i++) + ": " + text.left(30))) << text << toQt(c.expected);
    }
}

const std::vector<TokenCase> kNltkWordTokenizerCases = {
    {"Good muffins cost $3.88 (roughly 3,36 euros)\nin New York.  Please buy me\ntwo of them.\nThanks.",
     {"Good", "muffins", "cost", "$", "3.88", "(", "roughly", "3,36", "euros", ")", "in", "New", "York.", "Please", "buy", "me", "two", "of", "them.", "Thanks", "."}},
    {"\"I cannot do it,\" she said. 'Tis true, 'twas always so.",
     {"``", "I", "can", "not", "do", "it", ",", "''", "she", "said.", "'T", "is", "true", ",", "'t", "was", "always", "so", "."}},
    {"They'll say we're gonna win, but I'd rather you didn't. Gimme that, lemme see; wanna go?",
     {"They", "'ll", "say", "we", "'re", "gon", "na", "win", ",", "but", "I", "'d", "rather", "you", "didn't.", "Gim", "me", "that", ",", "lem", "me", "see", ";", "wan", "na", "go", "?"}},
    {"DON'T YOU'LL WE'RE I'M HE'D SHE'S Can't D'ye more'n",
     {"DO", "N'T", "YOU", "'LL", "WE", "'RE", "I", "'M", "HE", "'D", "SHE", "'S", "Ca", "n't", "D", "'ye", "more", "'n"}},
    {"\u201cHello,\u201d he said \u2014 \u2018it\u2019s fine\u2019 \u00ab bien \u00bb \u201eja\u201c",
     {"\u201c", "Hello", ",", "\u201d", "he", "said", "\u2014", "\u2018", "it", "\u2019", "s", "fine", "\u2019", "\u00ab", "bien", "\u00bb", "\u201e", "ja", "\u201c"}},
    {"Price: $10.50 -- or 10:30 am [approx.] {x} <y> @user #tag 50% A&B *star* a,b 1,000",
     {"Price", ":", "$", "10.50", "--", "or", "10:30", "am", "[", "approx.", "]", "{", "x", "}", "<", "y", ">", "@", "user", "#", "tag", "50", "%", "A", "&", "B", "*", "star", "*", "a", ",", "b", "1,000"}},
    {"Wait... what?! Really!! Ok..",
     {"Wait", "...", "what", "?", "!", "Really", "!", "!", "Ok", ".."}},
    {"'a 'The dogs' bones' rock 'n' roll ''quoted'' ``back``",
     {"'", "a", "'The", "dogs", "'", "bones", "'", "rock", "'n", "'", "roll", "``", "quoted", "''", "``", "back", "``"}},
    {"Caf\u00e9 na\u00efve S\u00e3o Paulo's \u6771\u4eac is big.",
     {"Caf\u00e9", "na\u00efve", "S\u00e3o", "Paulo", "'s", "\u6771\u4eac", "is", "big", "."}},
    {"Cafe\u0301 is 'e\u0301 here, 'x\u0301 too.",
     {"Cafe\u0301", "is", "'", "e\u0301", "here", ",", "'", "x\u0301", "too", "."}},
    {"He said \"no.\"",
     {"He", "said", "``", "no", ".", "''"}},
    {"The end.)",
     {"The", "end", ".", ")"}},
    {"John's\nfoo John's", {"John's", "foo", "John", "'s"}},
    {"(Where?) [There!] wanna\nwanna",
     {"(", "Where", "?", ")", "[", "There", "!", "]", "wan", "na", "wan", "na"}},
};

const std::vector<TokenCase> kSentenceCases = {
    {"Mr. Smith went to Washington. He arrived at 3 p.m. on Monday! Did he stay? Yes.",
     {"Mr. Smith went to Washington.", "He arrived at 3 p.m. on Monday!", "Did he stay?", "Yes."}},
    {"(Sent1.) Sent2. \"Quote.\" Next one! 'Single.' Last",
     {"(Sent1.)", "Sent2.", "\"Quote.\"", "Next one!", "'Single.'", "Last"}},
    {"J. R. R. Tolkien wrote it. In 1999. the book sold. In 1999. The book sold.",
     {"J. R. R. Tolkien wrote it.", "In 1999. the book sold.", "In 1999.", "The book sold."}},
    {"Wait... Then it happened. Very bad acting!!! I promise.",
     {"Wait... Then it happened.", "Very bad acting!!!", "I promise."}},
    {"  Leading space. Trailing space.   \n",
     {"  Leading space.", "Trailing space."}},
    {"The U.S. Army and e.g. Dr. Who. No break here.Nor here",
     {"The U.S. Army and e.g. Dr. Who.", "No break here.Nor here"}},
    {"line one.\nline two.\n\nNew paragraph",
     {"line one.", "line two.", "New paragraph"}},
    {"Wow!(yes) ok. End.",
     {"Wow!", "(yes) ok.", "End."}},
    {"",
     {}},
    {"   \n ",
     {}},
};

const std::vector<TokenCase> kWordTokenizeCases = {
    {"Mr. Smith went to Washington. He arrived at 3 p.m. on Monday! \"Did he stay?\" Yes, he did.",
     {"Mr.", "Smith", "went", "to", "Washington", ".", "He", "arrived", "at", "3", "p.m.", "on", "Monday", "!", "``", "Did", "he", "stay", "?", "''", "Yes", ",", "he", "did", "."}},
    {"The Eiffel Tower is located in the city of Rome. It's the capital of Italy, and it's known for its food. The city is home to the Colosseum...",
     {"The", "Eiffel", "Tower", "is", "located", "in", "the", "city", "of", "Rome", ".", "It", "'s", "the", "capital", "of", "Italy", ",", "and", "it", "'s", "known", "for", "its", "food", ".", "The", "city", "is", "home", "to", "the", "Colosseum", "..."}},
    {"Apple's CEO, Tim Cook, said: \"We can't wait.\" The company (based in Cupertino) won't comment. Shares rose 2.5% to $150.",
     {"Apple", "'s", "CEO", ",", "Tim", "Cook", ",", "said", ":", "``", "We", "ca", "n't", "wait", ".", "''", "The", "company", "(", "based", "in", "Cupertino", ")", "wo", "n't", "comment", ".", "Shares", "rose", "2.5", "%", "to", "$", "150", "."}},
};
// −Σ p·log2 p written out independently of the implementation.
double entropyOf(const std::vector<double>& counts)
{
    double total = 0.0;
    for (const double c : counts)
        total += c;
    double h = 0.0;
    for (const double c : counts)
        h -= c / total * std::log2(c / total);
    return h;
}

double geOf(double h2, double h3)
{
    return (2.0 / 3.0 * h2 + 4.0 / 3.0 * h3) / 2.0;
}

} // namespace

class TestNgramEntropy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nltkWordTokenizerRules_data() { addRows(kNltkWordTokenizerCases); }
    void nltkWordTokenizerRules()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(toQt(nltkWordTokenizeSentence(text.toStdString())), expected);
    }

    void sentenceSplit_data() { addRows(kSentenceCases); }
    void sentenceSplit()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(toQt(sentenceTokenize(text.toStdString())), expected);
    }

    void wordTokenizePipeline_data() { addRows(kWordTokenizeCases); }
    void wordTokenizePipeline()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(toQt(wordTokenize(text.toStdString())), expected);
    }

    void sentenceSplitSeparatesFinalPeriods()
    {
        // Without the split only the text's last period would be a token of its own.
        QCOMPARE(toQt(nltkWordTokenizeSentence("He left. She stayed.")),
                 (QStringList{"He", "left.", "She", "stayed", "."}));
        QCOMPARE(toQt(wordTokenize("He left. She stayed.")), (QStringList{"He", "left", ".", "She", "stayed", "."}));
        QVERIFY(wordTokenize("").empty());
        QVERIFY(wordTokenize(" \n\t ").empty());
    }

    void ngramEntropyHandDerived()
    {
        const std::vector<std::string> abab{"a", "b", "a", "b"};
        // bigrams {ab: 2, ba: 1}
        QCOMPARE(ngramEntropy(abab, 2), entropyOf({2, 1}));
        QVERIFY(std::abs(ngramEntropy(abab, 2) - 0.9182958340544896) < 1e-15);
        QCOMPARE(ngramEntropy(abab, 3), 1.0); // {aba, bab}
        QCOMPARE(ngramEntropy(abab, 1), 1.0); // {a: 2, b: 2}
        QCOMPARE(ngramEntropy(abab, 4), 0.0); // one 4-gram
        QCOMPARE(ngramEntropy(abab, 5), 0.0); // none
        QCOMPARE(ngramEntropy({}, 2), 0.0);

        // k distinct words: k-n+1 equally likely n-grams.
        std::vector<std::string> distinct;
        for (int i = 0; i < 10; ++i)
            distinct.push_back("w" + std::to_string(i));
        QVERIFY(std::abs(ngramEntropy(distinct, 2) - std::log2(9.0)) < 1e-12);
        QVERIFY(std::abs(ngramEntropy(distinct, 3) - 3.0) < 1e-12);

        // Words are compared whole: ("ab","c") and ("a","bc") are different bigrams.
        QCOMPARE(ngramEntropy({"ab", "c", "a", "bc"}, 2), entropyOf({1, 1, 1}));

        QVERIFY_THROWS_EXCEPTION(InputError, ngramEntropy(abab, 0));
        QVERIFY_THROWS_EXCEPTION(InputError, ngramEntropy(abab, -2));
    }

    void generationEntropyFormula()
    {
        // 10 distinct words, no punctuation: (2/3·log2 9 + 4/3·log2 8) / 2.
        QVERIFY(std::abs(generationEntropy("w0 w1 w2 w3 w4 w5 w6 w7 w8 w9") - geOf(std::log2(9.0), 3.0)) < 1e-12);
        QVERIFY(std::abs(generationEntropy("a b a b") - geOf(entropyOf({2, 1}), 1.0)) < 1e-12);

        // "ab cd. ab cd." -> ab cd . ab cd . : bigrams {ab cd: 2, cd .: 2, . ab: 1},
        // trigrams {ab cd .: 2, cd . ab: 1, . ab cd: 1}.
        const double split = geOf(entropyOf({2, 2, 1}), entropyOf({2, 1, 1}));
        QVERIFY(std::abs(generationEntropy("ab cd. ab cd.") - split) < 1e-12);
        // "b." is an initial before a lower-case word, so Punkt does not break there:
        // a b. a b . : four distinct bigrams, three distinct trigrams.
        QVERIFY(std::abs(generationEntropy("a b. a b.") - geOf(2.0, std::log2(3.0))) < 1e-12);
    }

    void entropyCollapseIsZero()
    {
        // A disabled model repeating one token produces exactly this.
        std::string repeated;
        for (int i = 0; i < 100; ++i)
            repeated += "Paris ";
        QCOMPARE(generationEntropy(repeated), 0.0);
        QCOMPARE(generationEntropy("the the the the the the"), 0.0);
        QCOMPARE(generationEntropy("word"), 0.0);
        QCOMPARE(generationEntropy(""), 0.0);
        // Nearly collapsed: Paris Paris Paris . -> bigrams {PP: 2, P.: 1}, trigrams {PPP, PP.}.
        QVERIFY(std::abs(generationEntropy("Paris Paris Paris.") - geOf(entropyOf({2, 1}), 1.0)) < 1e-12);
    }

    void realisticTextsMatchReference_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected");
        // compute_n_gram_entropy with numpy over the NLTK tokens (see the file comment).
        QTest::newRow("smith") << QString::fromUtf8(kWordTokenizeCases[0].text) << 4.5440288042783932;
        QTest::newRow("eiffel") << QString::fromUtf8(kWordTokenizeCases[1].text) << 5.0147980397861511;
        QTest::newRow("apple") << QString::fromUtf8(kWordTokenizeCases[2].text) << 5.058750359989082;
    }
    void realisticTextsMatchReference()
    {
        QFETCH(QString, text);
        QFETCH(double, expected);
        const double got = generationEntropy(text.toStdString());
        QVERIFY2(std::abs(got - expected) < 1e-12, qPrintable(QString::number(got, 'g', 17)));
    }

    void meanOverTexts()
    {
        const double abab = geOf(entropyOf({2, 1}), 1.0);
        QVERIFY(std::abs(meanGenerationEntropy({"a b a b", "x x x x"}) - abab / 2.0) < 1e-12);
        QCOMPARE(meanGenerationEntropy({"a b a b"}), generationEntropy("a b a b"));
        QCOMPARE(meanGenerationEntropy({}), 0.0);
    }

    void invalidUtf8IsRejected()
    {
        QVERIFY_THROWS_EXCEPTION(InputError, wordTokenize("bad \xff byte"));
        QVERIFY_THROWS_EXCEPTION(InputError, wordTokenize("cut \xe2\x80"));
        QVERIFY_THROWS_EXCEPTION(InputError, wordTokenize("overlong \xc0\xaf"));
        QVERIFY_THROWS_EXCEPTION(InputError, wordTokenize("surrogate \xed\xa0\x80"));
        QVERIFY_THROWS_EXCEPTION(InputError, generationEntropy("\x80"));
        // Four-byte characters are fine and are word characters (CJK ideograph U+20000).
        QCOMPARE(toQt(wordTokenize("\U00020000 ok.")), (QStringList{QString::fromUtf8("\U00020000"), "ok", "."}));
    }
};

EDITSCOPE_TEST_MAIN(TestNgramEntropy)
#include "test_ngram_entropy.moc"
