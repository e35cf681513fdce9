#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <unordered_set>

namespace huddle::import {

// The text values of one column, each kept once: channels, queues, teams, agents and reasons
// repeat on every row, and a record then shares the one string instead of allocating its
// own. A column of unique values (ids, free text) fills the table and is no longer kept:
// memory stays bounded and such a column pays no lookups after the first few thousand rows.
class TextInterner
{
public:
    QString intern(QStringView text)
    {
        if (m_full)
            return text.toString();
        const auto known = m_strings.find(text);
        if (known != m_strings.end())
            return *known;
        if (m_strings.size() >= kMaxStrings) {
            m_full = true;
            m_strings.clear();
            return text.toString();
        }
        return *m_strings.insert(text.toString()).first;
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

    static constexpr size_t kMaxStrings = 4096;
    std::unordered_set<QString, Hash, Equal> m_strings;
    bool m_full = false;
};

} // namespace huddle::import
