#pragma once

#include "recordsource.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace huddle::import {

// Reads a RecordSource on a thread of its own, a batch of records ahead of the caller, so
// reading and typing the file (half of an import's work) runs on one core while the store
// inserts on the other. next() swaps the caller's record with the pipeline's, so the values
// the caller let go of are freed on the reader's thread too. The caller sees the source's own interface, in the source's order.
// Memory stays bounded: at most kBatchesAhead batches wait.
//
// From the moment it is made, the pipeline owns the source: nothing else may call it (its
// time-zone converter and customer-key cache are not shared between threads).
class RecordPipeline final : public RecordSource
{
public:
    explicit RecordPipeline(std::unique_ptr<RecordSource> source);
    // Stops the reader (it may be waiting on a full queue) and waits for it.
    ~RecordPipeline() override;
    RecordPipeline(const RecordPipeline &) = delete;
    RecordPipeline &operator=(const RecordPipeline &) = delete;

    QList<Problem> openProblems() const override;
    bool next(Record &out, bool *accepted, QList<Problem> &problems) override;
    double progress() const override;
    Mapping effectiveMapping() const override;

    static constexpr int kBatchSize = 512;
    static constexpr int kBatchesAhead = 4;

private:
    struct Item
    {
        Record record;
        bool accepted = false;
        QList<Problem> problems;
    };
    struct Batch
    {
        std::vector<Item> items;
        bool last = false;            // the source has ended (or broke off) after these items
        QList<Problem> breakProblems; // why it broke off, when it did
        double progress = 0;
    };

    void read();
    void takeBatch();

    std::unique_ptr<RecordSource> m_source;
    const QList<Problem> m_openProblems;
    const Mapping m_effectiveMapping;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready; // guarded by m_mutex
    // Batches the caller has finished with. The reader frees them: freeing a record costs
    // as much as making it, and it is the inserting thread that has no time to spare.
    std::vector<Batch> m_spent; // guarded by m_mutex
    bool m_stopping = false;   // guarded by m_mutex

    Batch m_current; // the caller's batch, read from m_next on
    size_t m_next = 0;
    std::thread m_reader;
};

} // namespace huddle::import
