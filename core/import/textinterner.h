#pragma once

#include <QByteArray>
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
        // FNV-1a, inline: the values are short (kMaxLength) and few (kMaxValues), so a
        // simple hash spreads them well enough and costs a fraction of qHash's call.
        size_t operator()(QStringView text) const noexcept
        {
            quint64 hash = 14695981039346656037ULL;
            for (const QChar c : text)
                hash = (hash ^ c.unicode()) * 1099511628211ULL;
            return size_t(hash);
        }
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
