#pragma once

#include "followup.h"

#include "../dashboard/dashboarddata.h"

#include <QList>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace huddle::ui {

class ReviewSlide;

// The weekly meeting's review: full screen, high contrast, very large type, paged by
// keyboard through the selected week — summary, conflicts, agents needing attention,
// follow-ups due. It shows what the dashboard loaded and never reads the store.
//
// Keys: Right, Page Down, Space next; Left, Page Up, Backspace previous; Home, End first
// and last; Esc leaves full screen and closes.
class ReviewWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewWindow(QWidget *parent = nullptr);

    // Opens a review of data's selected week full screen, on parent's screen; the window
    // closes with parent and deletes itself when closed.
    static ReviewWindow *showFor(const DashboardData &data, const QList<FollowUp> &followUps = {},
                                 QWidget *parent = nullptr);

    // Makes the slides for data's selected week and shows the first. followUps: the
    // coaching follow-ups due (none until coaching notes are kept).
    void setData(const DashboardData &data, const QList<FollowUp> &followUps = {});

    int pageCount() const;
    int currentPage() const; // 0-based
    ReviewSlide *slide(int page) const;
    QString pageIndicator() const; // "3 / 7"

    void goToPage(int page);
    void next();
    void previous();

signals:
    void pageChanged(int page);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void addSlide(ReviewSlide *slide);
    void scaleText();

    QStackedWidget *m_slides;
    QLabel *m_indicator;
};

} // namespace huddle::ui
