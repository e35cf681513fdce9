#pragma once

#include <QString>

#include <atomic>
#include <thread>

namespace huddle::import {

// The SHA-256 of a file, computed on a thread of its own while the import reads the file:
// hashing is a pass over the whole file, and done first it would delay every row.
class FileDigest
{
public:
    explicit FileDigest(QString path);
    // Stops hashing (an import that ends early does not wait for the rest of the file).
    ~FileDigest();
    FileDigest(const FileDigest &) = delete;
    FileDigest &operator=(const FileDigest &) = delete;

    // Lower-case hex; waits for the hash. Empty when the file cannot be read.
    QString result();

private:
    void run();

    const QString m_path;
    std::atomic<bool> m_stop{false};
    QString m_hex; // written by the hashing thread, read after join()
    std::thread m_thread;
};

} // namespace huddle::import
