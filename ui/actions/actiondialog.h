#pragma once

#include <actions/action.h>

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace huddle::ui {

// A new or changed improvement action: what it is, what it targets (a contact reason or a
// KPI, of a team or queue), when it starts, its effort, cost and expected impact.
class ActionDialog final : public QDialog
{
    Q_OBJECT

public:
    ActionDialog(const actions::ImprovementAction &action, const QStringList &reasons, QWidget *parent = nullptr);
    // The action as the fields say (id, author and times as given).
    actions::ImprovementAction action() const;

    // For tests: the fields by role.
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *reasonBox() const { return m_reason; }
    QComboBox *kpiBox() const { return m_kpi; }
    QDateEdit *startEdit() const { return m_start; }

private:
    void updateOk();

    actions::ImprovementAction m_action;
    QLineEdit *m_title;
    QComboBox *m_reason;
    QComboBox *m_kpi;
    QLineEdit *m_team;
    QDateEdit *m_start;
    QComboBox *m_effort;
    QComboBox *m_status;
    QDoubleSpinBox *m_cost;
    QDoubleSpinBox *m_expected;
    QPlainTextEdit *m_description;
    QPushButton *m_ok = nullptr;
};

} // namespace huddle::ui
