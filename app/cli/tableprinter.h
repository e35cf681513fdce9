#pragma once

#include <QStringList>
#include <QTextStream>

namespace huddle::cli {

// Aligned plain-text tables for people; numbers right-aligned.
class TablePrinter
{
public:
    explicit TablePrinter(QStringList header);
    void addRow(const QStringList &cells);
    void print(QTextStream &out) const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace huddle::cli
