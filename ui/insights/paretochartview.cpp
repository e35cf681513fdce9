#include "paretochartview.h"

#include "colourscale.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace huddle::ui {

namespace {

// A label broken at the space nearest its middle, as rich text.
QString twoLines(const QString &text)
{
    const qsizetype middle = text.size() / 2;
    const qsizetype after = text.indexOf(u' ', middle);
    const qsizetype before = text.lastIndexOf(u' ', middle);
    const qsizetype space = after < 0 ? before : before < 0 ? after : (middle - before <= after - middle ? before : after);
    if (space < 0)
        return text.toHtmlEscaped();
    return text.left(space).toHtmlEscaped() + QStringLiteral("<br>") + text.mid(space + 1).toHtmlEscaped();
}

} // namespace

ParetoChartView::ParetoChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    setAccessibleName(tr("Contact reasons, biggest first, with their cumulative share"));
    setReasons({});
}

void ParetoChartView::setReasons(const QList<reasons::ReasonShare> &list)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Contact reasons (Pareto)"));
    chart->legend()->setAlignment(Qt::AlignBottom);

    // Each bar in one of three stacked sets, so the legend names what its colour means (a
    // structural reason with incidents counts as structural; the table says both).
    auto *structural = new QBarSet(tr("Structural"));
    auto *incident = new QBarSet(tr("Had incident days"));
    auto *other = new QBarSet(tr("Other reasons"));
    structural->setColor(ColourScale::better());
    incident->setColor(ColourScale::worse());
    other->setColor(QColor(0x99, 0x99, 0x99));
    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative share"));
    QPen linePen(QColor(0x33, 0x33, 0x33));
    linePen.setWidth(2);
    cumulative->setPen(linePen);
    auto *points = new QScatterSeries; // the line's points, so each bar's share is marked
    points->setMarkerSize(7);
    points->setColor(linePen.color());
    points->setBorderColor(linePen.color());

    m_categories.clear();
    QStringList labels;
    qint64 highest = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const bool folded = i == kMaxBars - 1 && list.size() > kMaxBars;
        const reasons::ReasonShare &r = list[i];
        qint64 contacts = r.contacts;
        if (folded) {
            for (qsizetype j = i + 1; j < list.size(); ++j)
                contacts += list[j].contacts;
        }
        m_categories.append(folded ? tr("%n other reasons", nullptr, int(list.size() - i))
                                   : r.reason.isEmpty() ? tr("(no reason)") : r.reason);
        // Two lines rather than a cut-off label ("invoice questi…"): axis labels are rich text.
        labels.append(twoLines(m_categories.last()));
        const bool isStructural = !folded && r.structural;
        const bool isIncident = !folded && !r.structural && !r.incidentDays.isEmpty();
        structural->append(isStructural ? double(contacts) : 0);
        incident->append(isIncident ? double(contacts) : 0);
        other->append(!isStructural && !isIncident ? double(contacts) : 0);
        const double share = folded ? 100.0 : r.cumulativeShare * 100;
        cumulative->append(double(i), share);
        points->append(double(i), share);
        highest = std::max(highest, contacts);
        if (folded)
            break;
    }
    auto *bars = new QStackedBarSeries;
    bars->append({structural, incident, other});
    chart->addSeries(bars);
    chart->addSeries(cumulative);
    chart->addSeries(points);
    auto *pareto = new QLineSeries;
    pareto->setName(tr("80 %"));
    QPen paretoPen(QColor(0x33, 0x33, 0x33));
    paretoPen.setStyle(Qt::DashLine);
    pareto->setPen(paretoPen);
    pareto->append(-0.5, 80);
    pareto->append(double(std::max<qsizetype>(1, m_categories.size())) - 0.5, 80);
    chart->addSeries(pareto);

    auto *reasonsAxis = new QBarCategoryAxis;
    reasonsAxis->append(labels);
    auto *contactsAxis = new QValueAxis;
    contactsAxis->setTitleText(tr("Contacts"));
    contactsAxis->setLabelFormat(QStringLiteral("%.0f"));
    contactsAxis->setRange(0, double(std::max<qint64>(highest, 1)));
    contactsAxis->applyNiceNumbers();
    auto *shareAxis = new QValueAxis;
    shareAxis->setTitleText(tr("Cumulative share"));
    shareAxis->setRange(0, 100);
    shareAxis->setLabelFormat(QStringLiteral("%.0f %%"));
    chart->addAxis(reasonsAxis, Qt::AlignBottom);
    chart->addAxis(contactsAxis, Qt::AlignLeft);
    chart->addAxis(shareAxis, Qt::AlignRight);
    bars->attachAxis(reasonsAxis);
    bars->attachAxis(contactsAxis);
    for (QAbstractSeries *line : {static_cast<QAbstractSeries *>(cumulative), static_cast<QAbstractSeries *>(points),
                                  static_cast<QAbstractSeries *>(pareto)}) {
        line->attachAxis(reasonsAxis);
        line->attachAxis(shareAxis);
    }
    // The markers repeat the line: one legend entry is enough.
    chart->legend()->markers(points).first()->setVisible(false);

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace huddle::ui
