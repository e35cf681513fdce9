#pragma once

#include <QString>
#include <QWidget>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace huddle::ui {

// One page of the review: a title and lines of very large text, sized from the window's
// height so that it reads from the back of a meeting room — and made smaller, down to a
// floor, only when a slide has more to say than fits.
class ReviewSlide final : public QWidget
{
    Q_OBJECT

public:
    // Sizes, largest first: the big figures, the title, headings, the rest. There is no
    // smaller text than Body.
    enum class Role { Figure, Title, Heading, Body };

    explicit ReviewSlide(const QString &title, QWidget *parent = nullptr);

    QString title() const;
    void setTitle(const QString &title);
    // Adds a line of text (word-wrapped) below the previous ones; colour: empty for the
    // window's text colour.
    QLabel *addLine(const QString &text, Role role, const QString &colour = {});
    // A grid for cells of lines (the summary's KPIs); place labels made by makeLabel in it.
    QGridLayout *addGrid();
    QLabel *makeLabel(const QString &text, Role role, const QString &colour = {});
    void addStretch();

    // Everything the slide says, line by line (tests; the accessible description).
    QString text() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyScale(double scale);

    QLabel *m_title;
    QVBoxLayout *m_layout;
};

} // namespace huddle::ui
