// CPython's random.Random(seed).shuffle reproduced exactly. Expected values were printed by CPython
// 3.11 (`random.Random(1)` etc.), an independent implementation.
#include "core/util/python_random.h"
#include "support/test_main.h"

using namespace editscope;

class TestPythonRandom : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void getrandbitsMatchesCPython()
    {
        PythonRandom r(1);
        QCOMPARE(r.getrandbits32(32), 577090037u);
        QCOMPARE(r.getrandbits32(32), 2444712010u);
        QCOMPARE(r.getrandbits32(32), 3639700191u);
    }

    void shuffleMatchesCPython()
    {
        QCOMPARE(pythonShuffledPrefix(1, 10, 10), (std::vector<int64_t>{6, 8, 9, 7, 5, 3, 0, 4, 1, 2}));
        const auto big = pythonShuffledPrefix(1, 1000, 1000);
        QCOMPARE(std::vector<int64_t>(big.begin(), big.begin() + 12),
                 (std::vector<int64_t>{852, 836, 280, 575, 208, 609, 932, 725, 47, 985, 337, 581}));
        QCOMPARE(std::vector<int64_t>(big.end() - 3, big.end()), (std::vector<int64_t>{867, 582, 137}));
        // A seed wider than 32 bits is split into words as CPython does.
        const auto wide = pythonShuffledPrefix(123456789012ULL, 50, 10);
        QCOMPARE(wide, (std::vector<int64_t>{6, 44, 45, 30, 35, 38, 5, 19, 13, 18}));
    }

    void prefixTakesTheFirstCount()
    {
        QCOMPARE(pythonShuffledPrefix(1, 10, 3), (std::vector<int64_t>{6, 8, 9}));
        QCOMPARE(pythonShuffledPrefix(1, 10, 50).size(), size_t(10));
    }
};

EDITSCOPE_TEST_MAIN(TestPythonRandom)
#include "test_python_random.moc"
