#pragma once

// For the GUI tests: saves what a person would see as NAME.png in the folder
// HUDDLE_SCREENSHOT_DIR names (scripts/screenshots sets it; unset, nothing is written).
#include <QDir>
#include <QTest>
#include <QWidget>

namespace huddle::test {

inline QString screenshotDir()
{
    return qEnvironmentVariable("HUDDLE_SCREENSHOT_DIR");
}

inline void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = screenshotDir();
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // layouts and scroll bars settle once shown
    QVERIFY2(widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))), qPrintable(name));
}

} // namespace huddle::test
