#include "widgets.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace huddle::ui {

QTableView *readOnlyTable(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    // Fitting columns to their contents lays out the text of every cell it looks at: the
    // first 200 rows set the widths, so a list of thousands of notes refreshes without a pause.
    view->verticalHeader()->setResizeContentsPrecision(200);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel *addFieldLabel(QBoxLayout *layout, const QString &text, QWidget *field)
{
    auto *label = new QLabel(text, layout->parentWidget());
    label->setBuddy(field);
    layout->addWidget(label);
    return label;
}

} // namespace huddle::ui
