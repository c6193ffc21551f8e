// Test entry point: like QTEST_GUILESS_MAIN, but first fixes OpenBLAS's core detection (which is read
// once when the library loads; see core/util/openblas_core.h) so tensor tests run at full speed.
#pragma once

#include "core/util/openblas_core.h"

#include <QCoreApplication>
#include <QTest>

#define EDITSCOPE_TEST_MAIN(TestClass)                                   \
    int main(int argc, char** argv)                                      \
    {                                                                    \
        editscope::ensureFastRuntimeEnvironment(argv);                         \
        QCoreApplication app(argc, argv);                                \
        TestClass test;                                                  \
        QTEST_SET_MAIN_SOURCE_PATH                                       \
        return QTest::qExec(&test, argc, argv);                          \
    }
