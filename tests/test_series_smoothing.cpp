// The paper's bucket + moving-average smoothing (core/run/series_smoothing.h) against values derived by
// hand from gcf downstream_eval/current_edit_scores.py.
#include "core/run/series_smoothing.h"
#include "support/test_main.h"

#include <cmath>

using namespace editscope;

class TestSeriesSmoothing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bucketsDropThePartialLastBucket()
    {
        // 17 edits, b = 5: three whole buckets (the script's range(ceil(17 // 5)) = range(3)).
        const std::vector<double> v = {1, 0, 1, 1, 0, /**/ 0, 0, 1, 1, 1, /**/ 1, 1, 1, 1, 1, /**/ 0, 1};
        const auto s = paperSmoothing(v, 5, 2);
        QCOMPARE(s.x, (std::vector<double>{0, 5, 10}));
        QCOMPARE(s.bucket, (std::vector<double>{0.6, 0.6, 1.0}));
        // moving_average(y, 2): [y0, (y0+y1)/2, (y1+y2)/2]
        QCOMPARE(s.average.size(), size_t{3});
        QCOMPARE(s.average[0], 0.6);
        QCOMPARE(s.average[1], 0.6);
        QCOMPARE(s.average[2], 0.8);
    }

    void windowShorterAtTheStart()
    {
        const auto a = trailingMovingAverage({1, 2, 3, 4, 5}, 3);
        QCOMPARE(a, (std::vector<double>{1, 1.5, 2, 3, 4}));
        QCOMPARE(trailingMovingAverage({4, 8}, 10), (std::vector<double>{4, 6}));
        QCOMPARE(trailingMovingAverage({7, 9}, 0), (std::vector<double>{7, 9}));   // window < 1 acts as 1
    }

    void nanValuesAreSkippedNotPropagated()
    {
        const double nan = std::nan("");
        const auto s = paperSmoothing({1, nan, 0, nan, nan, nan}, 3, 2);
        QCOMPARE(s.bucket.size(), size_t{2});
        QCOMPARE(s.bucket[0], 0.5);
        QVERIFY(std::isnan(s.bucket[1]));
        QCOMPARE(s.average[1], 0.5);   // the NaN bucket does not enter the mean
        QVERIFY(paperSmoothing({1, 1}, 5, 10).x.empty());   // fewer edits than one bucket
    }
};

EDITSCOPE_TEST_MAIN(TestSeriesSmoothing)
#include "test_series_smoothing.moc"
