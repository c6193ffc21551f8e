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

// The same for widget tests: a QApplication (widgets need one), offscreen unless the caller chose.
#ifdef QT_WIDGETS_LIB
#include <QApplication>
#define EDITSCOPE_GUI_TEST_MAIN(TestClass)                               \
    int main(int argc, char** argv)                                      \
    {                                                                    \
        editscope::ensureFastRuntimeEnvironment(argv);                   \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))              \
            qputenv("QT_QPA_PLATFORM", "offscreen");                     \
        QApplication app(argc, argv);                                    \
        TestClass test;                                                  \
        QTEST_SET_MAIN_SOURCE_PATH                                       \
        return QTest::qExec(&test, argc, argv);                          \
    }
#endif
