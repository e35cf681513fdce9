#include "voicepanel.h"

#include "../common/widgets.h"
#include "../models/risingwordsmodel.h"
#include "../models/verbatimmodel.h"

#include <common/localday.h>
#include <kpi/period.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

QString weekOf(const QDate &day)
{
    const qint32 monday = kpi::periodStart(kpi::PeriodKind::Week, LocalDayConverter::fromDate(day));
    return kpi::periodLabel(kpi::PeriodKind::Week, monday);
}

// "2026-W45" or "2026-W36 … 2026-W47".
QString weeksText(const QDate &firstMonday, const QDate &lastSunday)
{
    const QString first = weekOf(firstMonday);
    const QString last = weekOf(lastSunday);
    return first == last ? first : first + QStringLiteral(" … ") + last;
}

QLabel *bold(QLabel *label)
{
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A comment table: whole comments wrap in the last column, rows as tall as they need.
QTableView *commentTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    QTableView *table = readOnlyTable(model, name, parent);
    table->setWordWrap(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

} // namespace

VoicePanel::VoicePanel(QWidget *parent)
    : QWidget(parent)
    , m_comments(new VerbatimModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_commentsTable(commentTable(m_sorted, tr("Survey comments"), this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_week(new QComboBox(this))
    , m_mostNegative(new VerbatimModel(this))
    , m_mostPositive(new VerbatimModel(this))
    , m_mostNegativeTable(commentTable(m_mostNegative, tr("Most negative comments"), this))
    , m_mostPositiveTable(commentTable(m_mostPositive, tr("Most positive comments"), this))
    , m_rising(new RisingWordsModel(this))
    , m_risingTable(readOnlyTable(m_rising, tr("Words rising in negative comments"), this))
    , m_risingNote(new QLabel(this))
{
    m_sorted->setSourceModel(m_comments);
    m_sorted->setSortRole(VerbatimModel::SortRole);
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setFilterKeyColumn(-1);
    m_commentsTable->setSortingEnabled(true);
    m_commentsTable->sortByColumn(VerbatimModel::Week, Qt::AscendingOrder);
    m_search->setPlaceholderText(tr("Words, agents or reasons"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter comments"));
    connect(m_search, &QLineEdit::textChanged, m_sorted, &QSortFilterProxyModel::setFilterFixedString);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_risingNote->setWordWrap(true);
    m_risingNote->setTextFormat(Qt::PlainText);
    m_week->setAccessibleName(tr("Week of the highlights"));
    connect(m_week, &QComboBox::currentTextChanged, this, &VoicePanel::showWeek);

    auto *searchBar = new QHBoxLayout;
    addFieldLabel(searchBar, tr("Filte&r comments:"), m_search);
    searchBar->addWidget(m_search, 1);
    auto *all = new QWidget(this);
    auto *allLayout = new QVBoxLayout(all);
    allLayout->setContentsMargins(0, 0, 0, 0);
    allLayout->addWidget(m_summary);
    allLayout->addLayout(searchBar);
    allLayout->addWidget(m_commentsTable, 1);

    auto *weekBar = new QHBoxLayout;
    bold(addFieldLabel(weekBar, tr("Highlights of wee&k:"), m_week));
    weekBar->addWidget(m_week);
    weekBar->addStretch(1);
    auto *highlights = new QWidget(this);
    auto *highlightsLayout = new QVBoxLayout(highlights);
    highlightsLayout->setContentsMargins(0, 0, 0, 0);
    highlightsLayout->addLayout(weekBar);
    highlightsLayout->addWidget(new QLabel(tr("Most negative"), this));
    highlightsLayout->addWidget(m_mostNegativeTable, 1);
    highlightsLayout->addWidget(new QLabel(tr("Most positive"), this));
    highlightsLayout->addWidget(m_mostPositiveTable, 1);
    auto *rising = new QWidget(this);
    auto *risingLayout = new QVBoxLayout(rising);
    risingLayout->setContentsMargins(0, 0, 0, 0);
    risingLayout->addWidget(bold(new QLabel(tr("Words rising in negative comments"), this)));
    risingLayout->addWidget(m_risingNote);
    risingLayout->addWidget(m_risingTable, 1);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(highlights);
    lower->addWidget(rising);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(all);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
}

void VoicePanel::setVoice(const voice::VoiceOfCustomer &voice, const voice::VoiceQuery &query)
{
    m_voice = voice;
    m_comments->setComments(voice.comments);
    m_commentsTable->resizeColumnsToContents();
    const QLocale locale;
    const bool asked = query.firstMonday.isValid();
    m_summary->setText(!asked ? tr("No contacts for this question.")
                              : tr("Survey comments of %1: %2, %3 of them negative. Customers' numbers and "
                                   "e-mail addresses are taken out of what they wrote.")
                                    .arg(weeksText(query.firstMonday, query.lastSunday),
                                         locale.toString(voice.comments.size()),
                                         locale.toString(voice.negativeComments)));
    const QDate baselineMonday = query.firstMonday.addDays(-7 * qint64(query.baselineWeeks));
    if (asked && voice.baselineNegativeComments == 0) {
        m_risingNote->setText(tr("No negative comments in the %n week(s) before (%1): nothing to compare with.",
                                 nullptr, query.baselineWeeks)
                                  .arg(weeksText(baselineMonday, query.firstMonday.addDays(-1))));
    } else if (asked) {
        m_risingNote->setText(tr("Words in at least %1 of the %2 negative comments whose share rose against the %3 "
                                 "of the %n week(s) before (%4), highest rise first. A word's share also rises "
                                 "when other complaints fall.",
                                 nullptr, query.baselineWeeks)
                                  .arg(voice::kMinWordCount)
                                  .arg(locale.toString(voice.negativeComments),
                                       locale.toString(voice.baselineNegativeComments),
                                       weeksText(baselineMonday, query.firstMonday.addDays(-1))));
    } else {
        m_risingNote->clear();
    }
    m_rising->setWords(voice.risingWords);
    m_risingTable->resizeColumnsToContents();

    // The newest week's highlights first: it is the one the review is about.
    const QSignalBlocker blocker(m_week);
    m_week->clear();
    for (const voice::WeekHighlights &h : voice.highlights)
        m_week->addItem(h.week);
    m_week->setCurrentIndex(m_week->count() - 1);
    showWeek(m_week->currentText());
}

void VoicePanel::showWeek(const QString &week)
{
    m_mostNegative->setComments({});
    m_mostPositive->setComments({});
    for (const voice::WeekHighlights &h : m_voice.highlights) {
        if (h.week == week) {
            m_mostNegative->setComments(h.mostNegative);
            m_mostPositive->setComments(h.mostPositive);
        }
    }
    for (QTableView *table : {m_mostNegativeTable, m_mostPositiveTable})
        table->resizeColumnsToContents();
}

QString VoicePanel::summaryText() const
{
    return m_summary->text();
}

} // namespace huddle::ui
