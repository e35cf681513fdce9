#include "reportcomposer.h"

#include <QPdfWriter>
#include <QSaveFile>

namespace huddle::ui {

PaperSize localPaperSize()
{
    const QLocale::Territory territory = QLocale().territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada ? PaperSize::Letter : PaperSize::A4;
}

int writeReportPdf(const QString &path, PaperSize paper, const QString &title,
                   const std::function<void(ReportDocument &)> &build, QString *error, const ReportProgress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ReportComposer::tr("Cannot write %1: %2").arg(path, file.errorString());
        return 0;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
        writer.setPageMargins(QMarginsF()); // the document keeps its own margins
        writer.setResolution(1200);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Huddle"));
        ReportDocument document(writer);
        build(document);
        if (!document.write(progress)) {
            file.cancelWriting();
            *error = ReportComposer::tr("The report was cancelled.");
            return 0;
        }
        pages = document.pageCount();
    }
    if (!file.commit()) {
        *error = ReportComposer::tr("Cannot write %1: %2").arg(path, file.errorString());
        return 0;
    }
    return pages;
}

ReportComposer::ReportComposer(ReportDocument &document)
    : m_doc(document)
    , m_style(document.style())
    , m_locale()
{
}

void ReportComposer::heading(const QString &text, bool newPage)
{
    if (newPage)
        m_doc.pageBreak();
    else
        m_doc.add<TextBlock>(QString(), m_style.body, m_style.text).spaceAfter = m_style.pt(10);
    auto &block = m_doc.add<TextBlock>(text, m_style.heading, m_style.text);
    block.keepWithNext = true;
    block.spaceAfter = m_style.pt(8);
}

void ReportComposer::subheading(const QString &text)
{
    auto &block = m_doc.add<TextBlock>(text, m_style.subheading, m_style.text);
    block.keepWithNext = true;
    block.spaceAfter = m_style.pt(4);
}

void ReportComposer::paragraph(const QString &text, bool muted)
{
    auto &block = m_doc.add<TextBlock>(text, muted ? m_style.small : m_style.body, muted ? m_style.muted : m_style.text);
    block.spaceAfter = m_style.pt(6);
}

void ReportComposer::table(QList<TableColumn> columns, QList<QList<TableCell>> rows)
{
    auto &block = m_doc.add<TableBlock>(std::move(columns), std::move(rows));
    block.spaceAfter = m_style.pt(12);
}

void ReportComposer::shown(const QString &kpi)
{
    if (!m_shownKpis.contains(kpi))
        m_shownKpis.append(kpi);
}

void ReportComposer::glossary(const kpi::KpiSettings &settings)
{
    heading(tr("Glossary"));
    paragraph(tr("Every KPI in this report, as KPI-DEFINITIONS.md defines it, with the settings in force."), true);
    QList<QList<TableCell>> rows;
    for (const QString &id : std::as_const(m_shownKpis)) {
        const kpi::KpiSpec *spec = kpi::findKpi(id);
        if (!spec)
            continue;
        const kpi::DefinitionCard card = kpi::Definitions::card(*spec, settings);
        TableCell name(card.name);
        name.bold = true;
        QString meaning = card.formula;
        if (!card.settingsInForce.isEmpty())
            meaning += u'\n' + card.settingsInForce;
        rows.append({name, meaning, card.direction});
    }
    table({{tr("KPI")}, {tr("Definition")}, {tr("Better")}}, rows);
}

} // namespace huddle::ui
