#pragma once

#include <QString>

class QAbstractItemModel;
class QBoxLayout;
class QLabel;
class QTableView;
class QWidget;

namespace huddle::ui {

// A table that shows a model without editing it: whole rows selected, alternating rows, no
// row numbers, the last column stretched, named for screen readers. Every read-only table
// of the application starts from it, so they all look and behave alike.
QTableView *readOnlyTable(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent);

// Adds a label for a field of a filter bar to the layout, with the field as its buddy (its
// mnemonic moves the focus there); the field itself is added by the caller.
QLabel *addFieldLabel(QBoxLayout *layout, const QString &text, QWidget *field);

} // namespace huddle::ui
