#include "recordpipeline.h"

namespace huddle::import {

RecordPipeline::RecordPipeline(std::unique_ptr<RecordSource> source)
    : m_source(std::move(source))
    , m_openProblems(m_source->openProblems())
    , m_effectiveMapping(m_source->effectiveMapping())
{
    // A source that cannot start gives no records: there is nothing to read ahead.
    if (m_openProblems.isEmpty())
        m_reader = std::thread([this] { read(); });
    else
        m_current.last = true;
}

RecordPipeline::~RecordPipeline()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_reader.joinable())
        m_reader.join();
}

QList<Problem> RecordPipeline::openProblems() const
{
    return m_openProblems;
}

Mapping RecordPipeline::effectiveMapping() const
{
    return m_effectiveMapping;
}

double RecordPipeline::progress() const
{
    return m_current.progress; // where the reader was when it finished the caller's batch
}

void RecordPipeline::read()
{
    for (bool ended = false; !ended;) {
        Batch batch;
        batch.items.reserve(kBatchSize);
        while (int(batch.items.size()) < kBatchSize) {
            Item item;
            if (!m_source->next(item.record, &item.accepted, item.problems)) {
                batch.last = ended = true;
                batch.breakProblems = std::move(item.problems);
                break;
            }
            batch.items.push_back(std::move(item));
        }
        batch.progress = m_source->progress();
        std::vector<Batch> spent;
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopping || int(m_ready.size()) < kBatchesAhead; });
        if (m_stopping)
            return;
        m_ready.push_back(std::move(batch));
        spent.swap(m_spent);
        lock.unlock();
        m_changed.notify_all();
        spent.clear(); // outside the lock
    }
}

void RecordPipeline::takeBatch()
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        m_spent.push_back(std::move(m_current));
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
    }
    m_changed.notify_all();
    m_next = 0;
}

bool RecordPipeline::next(Record &out, bool *accepted, QList<Problem> &problems)
{
    while (m_next == m_current.items.size()) {
        if (m_current.last) {
            problems.append(m_current.breakProblems);
            m_current.breakProblems.clear(); // reported once, however often next() is called
            return false;
        }
        takeBatch();
    }
    Item &item = m_current.items[m_next++];
    std::swap(out, item.record);
    *accepted = item.accepted;
    problems.append(item.problems);
    return true;
}

} // namespace huddle::import
