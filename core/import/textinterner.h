#pragma once

#include <QByteArray>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <unordered_map>

namespace huddle::import {

// The text values of one column as UTF-8, each distinct value converted and kept once:
// channels, queues, teams, agents and reasons repeat on every row, and a record then shares
// the one array instead of allocating and converting its own. Long values (comments,
// transcripts) are never kept, and a column of unique values (ids) fills the table and is no
// longer kept: memory stays under a megabyte per column, and such a column pays no lookups
// after the first few thousand rows.
class TextInterner
{
public:
    QByteArray intern(QStringView text)
    {
        if (m_full || text.size() > kMaxLength)
            return text.toUtf8();
        const auto known = m_utf8.find(text);
        if (known != m_utf8.end())
            return known->second;
        if (m_utf8.size() >= kMaxValues) {
            m_full = true;
            m_utf8.clear();
            return text.toUtf8();
        }
        return m_utf8.emplace(text.toString(), text.toUtf8()).first->second;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(QStringView text) const noexcept { return qHash(text); }
    };
    struct Equal
    {
        using is_transparent = void;
        bool operator()(QStringView a, QStringView b) const noexcept { return a == b; }
    };

    static constexpr size_t kMaxValues = 4096;
    static constexpr qsizetype kMaxLength = 64; // characters
    std::unordered_map<QString, QByteArray, Hash, Equal> m_utf8;
    bool m_full = false;
};

} // namespace huddle::import
