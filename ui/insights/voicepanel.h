#pragma once

#include <voice/verbatims.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace huddle::ui {

class RisingWordsModel;
class VerbatimModel;

// The insights page "Voice of the customer": the survey comments of the question's weeks
// (sortable, filtered by a search box), a week's most negative and most positive comments,
// and the words rising in negative comments against the weeks before. The comments come
// from voice::listen(), which has taken customers' identifiers out of them: nothing here
// shows a customer.
class VoicePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit VoicePanel(QWidget *parent = nullptr);

    void setVoice(const voice::VoiceOfCustomer &voice, const voice::VoiceQuery &query);
    // Shows the highlights of one week of the comments.
    void showWeek(const QString &week);

    VerbatimModel *commentsModel() const { return m_comments; }
    QSortFilterProxyModel *commentsView() const { return m_sorted; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *weekBox() const { return m_week; }
    VerbatimModel *mostNegativeModel() const { return m_mostNegative; }
    VerbatimModel *mostPositiveModel() const { return m_mostPositive; }
    RisingWordsModel *risingWordsModel() const { return m_rising; }
    QString summaryText() const;

private:
    voice::VoiceOfCustomer m_voice;
    VerbatimModel *m_comments;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_commentsTable;
    QLineEdit *m_search;
    QLabel *m_summary;
    QComboBox *m_week;
    VerbatimModel *m_mostNegative;
    VerbatimModel *m_mostPositive;
    QTableView *m_mostNegativeTable;
    QTableView *m_mostPositiveTable;
    RisingWordsModel *m_rising;
    QTableView *m_risingTable;
    QLabel *m_risingNote;
};

} // namespace huddle::ui
