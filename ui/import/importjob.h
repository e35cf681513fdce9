#pragma once

#include <import/importer.h>

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace huddle::ui {

// Runs one import (or dry run) on a worker thread. The worker opens its own connection to
// the store, because a connection belongs to the thread that opened it. Cancelling sets a
// flag the import polls; the import then rolls back, so a cancelled import wrote nothing.
class ImportJob final : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    void start(const QString &storePath, const import::ImportRequest &request);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    const std::optional<import::ImportResult> &result() const { return m_result; }

    static constexpr int kProgressMaximum = 1000;

signals:
    void progressChanged(int value); // 0..kProgressMaximum
    void finished();

private:
    QFutureWatcher<import::ImportResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<import::ImportResult> m_result;
};

} // namespace huddle::ui
