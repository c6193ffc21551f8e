// CounterFact's summary metrics (spec §6.5) on hand-made NLLs, checked against values derived by hand.
#include "core/eval/counterfact_metrics.h"
#include "support/test_main.h"

#include <cmath>

using namespace editscope;

class TestCounterFactMetrics : public QObject {
    Q_OBJECT

    static PromptScore p(double nllNew, double nllTrue, bool newOk = false, bool trueOk = false)
    {
        return {"x", nllNew, nllTrue, newOk, trueOk};
    }

    static RecordScores first()
    {
        RecordScores s;
        s.rewrite = {p(0.5, 2.0, true)};
        s.paraphrase = {p(1.0, 0.5, false), p(0.2, 3.0, true)};
        s.neighborhood = {p(3.0, 1.0, false, true), p(1.0, 3.0, false, false)};
        return s;
    }

private Q_SLOTS:
    void recordMetricsFollowTheDefinitions()
    {
        const auto m = recordMetrics(first());
        QCOMPARE(m.es, 1.0);
        QVERIFY(std::abs(m.em - (std::exp(-0.5) - std::exp(-2.0))) < 1e-12);
        QVERIFY(std::abs(m.em - 0.4711953) < 1e-6);
        QCOMPARE(m.ps, 0.5);
        // ((e^-1 − e^-0.5) + (e^-0.2 − e^-3)) / 2 = (−0.2386512 + 0.7689437) / 2
        QVERIFY(std::abs(m.pm - 0.2651462) < 1e-6);
        QCOMPARE(m.ns, 0.5);
        QVERIFY(std::abs(m.nm) < 1e-12);   // the two prompts cancel exactly
        QCOMPARE(m.rewriteAcc, 1.0);
        QCOMPARE(m.paraphraseAcc, 0.5);
        QCOMPARE(m.neighborhoodAcc, 0.5);  // neighbourhood accuracy reads the TRUE target's argmax
    }

    void tiesAreFailuresOnBothSides()
    {
        RecordScores s;
        s.rewrite = {p(1.0, 1.0)};
        s.neighborhood = {p(1.0, 1.0)};
        const auto m = recordMetrics(s);
        QCOMPARE(m.es, 0.0);   // strict P(new) > P(true)
        QCOMPARE(m.ns, 0.0);   // strict P(true) > P(new)
        QVERIFY(std::isnan(m.ps));   // no paraphrase prompts: no value, not zero
    }

    void summaryIsMacroAveragedWithPopulationStd()
    {
        RecordScores second;
        second.rewrite = {p(2.0, 0.5)};
        second.paraphrase = {p(2.0, 0.5), p(2.0, 0.5)};
        second.neighborhood = {p(3.0, 1.0), p(3.0, 1.0), p(3.0, 1.0), p(3.0, 1.0)};
        const auto s = summarizeMetrics({recordMetrics(first()), recordMetrics(second)});
        QCOMPARE(s.es.mean, 0.5);
        QCOMPARE(s.es.std, 0.5);          // numpy std of {1, 0}
        QCOMPARE(s.ps.mean, 0.25);
        QCOMPARE(s.ns.mean, 0.75);        // per record first: (0.5 + 1.0) / 2, not 5/6 over prompts
        QCOMPARE(s.es.count, int64_t(2));
        // hmean(0.5, 0.25, 0.75) = 3 / (2 + 4 + 4/3)
        QVERIFY(std::abs(s.score - 3.0 / (2.0 + 4.0 + 4.0 / 3.0)) < 1e-12);
        const auto j = s.toJson();
        QVERIFY(std::abs(j["score"].get<double>() - 100 * s.score) < 1e-9);
        QCOMPARE(j["rewrite_success"][0].get<double>(), 50.0);
    }

    void harmonicMeanEdgeCases()
    {
        QCOMPARE(harmonicMean({1.0, 0.5, 0.5}), 0.6);
        QCOMPARE(harmonicMean({1.0, 0.0, 0.5}), 0.0);
        QVERIFY(std::isnan(harmonicMean({})));
        QVERIFY(std::isnan(harmonicMean({1.0, std::nan("")})));
    }

    void recordJsonUsesTheReferenceKeys()
    {
        const auto j = recordMetrics(first()).toJson();
        QCOMPARE(j["rewrite_success"].get<double>(), 100.0);
        QCOMPARE(j["paraphrase_success"].get<double>(), 50.0);
        QVERIFY(j.contains("neighborhood_diff") && j.contains("rewrite_acc"));
        const auto scores = first().toJson();
        QCOMPARE(scores["rewrite_prompts_probs"][0]["target_new"].get<double>(), 0.5);
        QCOMPARE(scores["rewrite_prompts_probs"][0]["target_true"].get<double>(), 2.0);
    }
};

EDITSCOPE_TEST_MAIN(TestCounterFactMetrics)
#include "test_counterfact_metrics.moc"
