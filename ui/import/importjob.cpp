#include "importjob.h"

#include <store/store.h>

#include <QPromise>
#include <QtConcurrent>

namespace huddle::ui {

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<import::ImportResult>::progressValueChanged, this,
            &ImportJob::progressChanged);
    connect(&m_watcher, &QFutureWatcher<import::ImportResult>::finished, this, [this] {
        if (m_watcher.future().resultCount() > 0)
            m_result = m_watcher.result();
        emit finished();
    });
}

ImportJob::~ImportJob()
{
    // The worker holds no pointer to this object, but waiting keeps the store from being
    // written by an orphaned thread after its window closed.
    cancel();
    m_watcher.waitForFinished();
}

void ImportJob::start(const QString &storePath, const import::ImportRequest &request)
{
    m_result.reset();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancelled = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([storePath, request, cancelled](QPromise<import::ImportResult> &promise) {
        promise.setProgressRange(0, kProgressMaximum);
        QString error;
        const std::unique_ptr<store::Store> store = store::Store::open(storePath, &error);
        if (!store) {
            import::ImportResult failed;
            failed.message = error;
            promise.addResult(failed);
            return;
        }
        promise.addResult(import::runImport(*store, request, [&promise, &cancelled](double share) {
            promise.setProgressValue(int(share * kProgressMaximum));
            return !cancelled->load();
        }));
    }));
}

void ImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace huddle::ui
