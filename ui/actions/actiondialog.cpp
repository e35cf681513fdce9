#include "actiondialog.h"

#include "actionmodel.h"

#include <kpi/kpidefinition.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace huddle::ui {

ActionDialog::ActionDialog(const actions::ImprovementAction &action, const QStringList &reasons, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_title(new QLineEdit(action.title, this))
    , m_reason(new QComboBox(this))
    , m_kpi(new QComboBox(this))
    , m_team(new QLineEdit(action.team, this))
    , m_start(new QDateEdit(action.start.value_or(QDate::currentDate()), this))
    , m_effort(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_cost(new QDoubleSpinBox(this))
    , m_expected(new QDoubleSpinBox(this))
    , m_description(new QPlainTextEdit(action.description, this))
{
    setWindowTitle(action.id ? tr("Improvement action %1").arg(action.id) : tr("New improvement action"));
    // A reason or a KPI: choosing one clears the other, so the action always has exactly one.
    m_reason->setEditable(true);
    m_reason->addItem(QString());
    m_reason->addItems(reasons);
    m_reason->setCurrentText(action.reason);
    m_kpi->addItem(QString(), QString());
    for (const kpi::KpiSpec &spec : kpi::kpiSpecs())
        m_kpi->addItem(kpi::Definitions::name(spec), QString::fromLatin1(spec.id));
    m_kpi->setCurrentIndex(std::max(0, m_kpi->findData(action.kpi)));
    connect(m_reason, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_kpi->setCurrentIndex(0);
        updateOk();
    });
    connect(m_kpi, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0)
            m_reason->setCurrentText(QString());
        updateOk();
    });
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    for (const actions::Effort effort : {actions::Effort::Low, actions::Effort::Medium, actions::Effort::High})
        m_effort->addItem(ActionModel::effortText(effort), int(effort));
    m_effort->setCurrentIndex(m_effort->findData(int(action.effort)));
    for (const actions::ActionStatus status : {actions::ActionStatus::Proposed, actions::ActionStatus::InProgress,
                                               actions::ActionStatus::Done, actions::ActionStatus::Dropped})
        m_status->addItem(ActionModel::statusText(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(action.status)));
    m_cost->setRange(0, 1e9);
    m_cost->setDecimals(2);
    m_cost->setValue(action.cost.value_or(0));
    m_expected->setRange(0, 1e9);
    m_expected->setDecimals(0);
    m_expected->setSpecialValueText(tr("estimate from the data"));
    m_expected->setValue(action.expectedImpact.value_or(0));
    connect(m_title, &QLineEdit::textChanged, this, &ActionDialog::updateOk);

    auto *form = new QFormLayout;
    form->addRow(tr("&What:"), m_title);
    form->addRow(tr("Contact &reason:"), m_reason);
    form->addRow(tr("or &KPI:"), m_kpi);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&Effort:"), m_effort);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("&Cost:"), m_cost);
    form->addRow(tr("E&xpected contacts saved a month:"), m_expected);
    form->addRow(tr("&Notes:"), m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

// OK only for an action that can be stored and measured (core says why otherwise).
void ActionDialog::updateOk()
{
    const QString problem = actions::problemWith(action());
    m_ok->setEnabled(problem.isEmpty());
    m_ok->setToolTip(problem);
}

actions::ImprovementAction ActionDialog::action() const
{
    actions::ImprovementAction a = m_action;
    a.title = m_title->text().trimmed();
    a.reason = m_reason->currentText().trimmed();
    a.kpi = m_kpi->currentData().toString();
    a.team = m_team->text().trimmed();
    a.start = m_start->date();
    a.effort = actions::Effort(m_effort->currentData().toInt());
    a.status = actions::ActionStatus(m_status->currentData().toInt());
    a.cost = m_cost->value() > 0 ? std::optional(m_cost->value()) : std::nullopt;
    a.expectedImpact = m_expected->value() > 0 ? std::optional(m_expected->value()) : std::nullopt;
    a.description = m_description->toPlainText();
    if (a.origin.isEmpty())
        a.origin = a.reason.isEmpty() ? QStringLiteral("manual") : QStringLiteral("reason");
    return a;
}

} // namespace huddle::ui
