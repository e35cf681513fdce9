#pragma once

#include "insightsdata.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QProgressBar;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace huddle::ui {

class DriversPanel;
class HourOfWeekPanel;
class LeadingIndicatorsModel;
class ParetoChartView;
class ReasonParetoModel;
class VoicePanel;

// The insights tab: pages on what lies behind the week's figures — leading vs lagging
// indicators with their trends and projections, the contact reasons' Pareto with structural
// and incident labels, service level and abandonment by weekday and hour as heat maps, what
// drives satisfaction across agent-weeks, and the voice of the customer.
// Figures are computed on a worker thread (its own store connection) and shown when ready.
class InsightsWidget final : public QWidget
{
    Q_OBJECT

public:
    enum Page { OutlookPage, ReasonsPage, HourOfWeekPage, DriversPage, VoicePage };

    explicit InsightsWidget(QWidget *parent = nullptr);
    ~InsightsWidget() override;

    // Loads (again) from the store at storePath for the question's dates (local, inclusive;
    // none: the whole store) and its team, queue, channel or agent filter. A load asked for
    // while one runs replaces whatever was still waiting and starts when it ends.
    void load(const QString &storePath, const kpi::KpiQuery &question);
    bool isLoading() const;

    // For tests and the main window.
    const InsightsData &data() const { return m_data; }
    QTabWidget *pages() const { return m_pages; }
    LeadingIndicatorsModel *outlookModel() const { return m_outlook; }
    ReasonParetoModel *reasonsModel() const { return m_reasons; }
    ParetoChartView *paretoChart() const { return m_paretoChart; }
    HourOfWeekPanel *serviceLevelPanel() const { return m_serviceLevel; }
    HourOfWeekPanel *abandonmentPanel() const { return m_abandonment; }
    DriversPanel *driversPanel() const { return m_drivers; }
    VoicePanel *voicePanel() const { return m_voice; }

signals:
    void loaded();
    // "Improvement action for this reason…": the selected contact reason and whether it is
    // structural (a cause worth removing at the source).
    void actionRequested(const QString &reason, bool structural);
    // Double-click on a heat-map cell or a contact reason: the contacts behind it. The
    // query is the question shown, with the figure's grouping and kind of period.
    void drillDownRequested(const huddle::kpi::KpiQuery &query, const QString &kpi, const QString &group,
                            const QString &period);

private:
    void start(const QString &storePath, const kpi::KpiQuery &question);
    void display(InsightsData data);
    void spanRepeats();
    static QString describe(const kpi::KpiQuery &question);

    void drillHour(const HourOfWeekPanel *panel, const QModelIndex &index);

    InsightsData m_data;
    kpi::KpiQuery m_computing; // the question being computed
    kpi::KpiQuery m_shown;     // the question m_data answers
    QFutureWatcher<InsightsData> m_watcher;
    std::optional<std::pair<QString, kpi::KpiQuery>> m_waiting;
    QLabel *m_question;
    QLabel *m_status;
    QProgressBar *m_busy;
    QTabWidget *m_pages;
    LeadingIndicatorsModel *m_outlook;
    QTableView *m_outlookTable;
    ReasonParetoModel *m_reasons;
    QSortFilterProxyModel *m_reasonsSorted;
    QTableView *m_reasonsTable;
    QPushButton *m_actionForReason;
    ParetoChartView *m_paretoChart;
    QLabel *m_hoursNote;
    HourOfWeekPanel *m_serviceLevel;
    HourOfWeekPanel *m_abandonment;
    DriversPanel *m_drivers;
    VoicePanel *m_voice;
};

} // namespace huddle::ui
