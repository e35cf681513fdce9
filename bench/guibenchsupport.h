#pragma once

// What the GUI benchmarks share: failing with a message, milliseconds since a timer
// started, and a probe of how long the GUI thread could not answer.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace huddle::bench {

[[noreturn]] inline void fail(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(message));
    std::exit(1);
}

inline double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Ticks every 5 ms; the lateness of a tick is how long the GUI thread could not answer.
class LagProbe : public QObject
{
public:
    LagProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double late = msSince(m_last) - kTickMs;
            m_worst = std::max(m_worst, late);
            if (late > 100)
                ++m_over100;
            m_last.start();
        });
    }
    void start()
    {
        m_last.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double worstMs() const { return m_worst; }
    int over100() const { return m_over100; }

private:
    static constexpr int kTickMs = 5;
    QTimer m_timer;
    QElapsedTimer m_last;
    double m_worst = 0;
    int m_over100 = 0;
};

} // namespace huddle::bench
