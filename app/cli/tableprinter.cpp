#include "tableprinter.h"

namespace huddle::cli {

namespace {
bool looksNumeric(const QString &cell)
{
    bool ok = false;
    // The number before a unit: "80.0 %", "352 s", "1,234.00 EUR".
    cell.section(u' ', 0, 0).remove(u',').remove(u'%').toDouble(&ok);
    return ok;
}
} // namespace

TablePrinter::TablePrinter(QStringList header)
    : m_header(std::move(header))
{
}

void TablePrinter::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

void TablePrinter::print(QTextStream &out) const
{
    QList<qsizetype> widths(m_header.size(), 0);
    for (qsizetype c = 0; c < m_header.size(); ++c)
        widths[c] = m_header[c].size();
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    const auto printRow = [&](const QStringList &row, bool header) {
        QStringList cells;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString cell = row.value(c);
            const bool right = !header && looksNumeric(cell);
            cells.append(right ? cell.rightJustified(widths[c]) : cell.leftJustified(widths[c]));
        }
        out << cells.join(QStringLiteral("  ")).trimmed() << '\n';
    };
    printRow(m_header, true);
    QStringList rule;
    for (qsizetype w : widths)
        rule.append(QString(w, u'-'));
    out << rule.join(QStringLiteral("  ")) << '\n';
    for (const QStringList &row : m_rows)
        printRow(row, false);
}

} // namespace huddle::cli
