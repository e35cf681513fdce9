#include "settingeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>

namespace huddle::ui {

namespace {

using Spec = kpi::SettingSpec;

// Fractions are edited as percentages: "80.0 %" is easier to read than "0.8".
double scaleOf(const Spec &spec)
{
    return spec.unit == Spec::Unit::Fraction ? 100.0 : 1.0;
}

int decimalsOf(const Spec &spec)
{
    switch (spec.unit) {
    case Spec::Unit::Money: return 2;
    case Spec::Unit::Fraction:
    case Spec::Unit::Seconds:
    case Spec::Unit::NpsPoints: return 1;
    default: return 0;
    }
}

QString suffixOf(const Spec &spec)
{
    switch (spec.unit) {
    case Spec::Unit::Seconds: return SettingEditor::tr(" s");
    case Spec::Unit::Days: return SettingEditor::tr(" days");
    case Spec::Unit::Weeks: return SettingEditor::tr(" weeks");
    case Spec::Unit::Fraction: return QStringLiteral(" %");
    default: return {};
    }
}

// A choice as people read it: "short abandons removed".
QString choiceLabel(const QString &choice)
{
    return QString(choice).replace(u'_', u' ');
}

} // namespace

SettingEditor::SettingEditor(const kpi::SettingSpec &spec, QWidget *parent)
    : QObject(parent)
    , m_spec(spec)
{
    switch (spec.type) {
    case Spec::Type::Integer: {
        auto *box = new QSpinBox(parent);
        box->setRange(int(spec.minimum), int(spec.maximum));
        box->setSuffix(suffixOf(spec));
        connect(box, &QSpinBox::valueChanged, this, &SettingEditor::edited);
        m_widget = box;
        break;
    }
    case Spec::Type::Real: {
        auto *box = new QDoubleSpinBox(parent);
        box->setDecimals(decimalsOf(spec));
        box->setRange(spec.minimum * scaleOf(spec), spec.maximum * scaleOf(spec));
        box->setSuffix(suffixOf(spec));
        connect(box, &QDoubleSpinBox::valueChanged, this, &SettingEditor::edited);
        m_widget = box;
        break;
    }
    case Spec::Type::Choice: {
        auto *box = new QComboBox(parent);
        for (const QString &choice : spec.choices)
            box->addItem(choiceLabel(choice), choice);
        connect(box, &QComboBox::currentIndexChanged, this, &SettingEditor::edited);
        m_widget = box;
        break;
    }
    case Spec::Type::Boolean: {
        auto *box = new QCheckBox(parent);
        connect(box, &QCheckBox::toggled, this, &SettingEditor::edited);
        m_widget = box;
        break;
    }
    }
    m_widget->setAccessibleName(kpi::KpiSettings::displayName(spec));
    m_widget->setAccessibleDescription(kpi::KpiSettings::meaning(spec));
    m_widget->setObjectName(spec.key);
    QString ignored;
    setText(spec.defaultValue, &ignored);
}

QString SettingEditor::text() const
{
    switch (m_spec.type) {
    case Spec::Type::Integer: return QString::number(static_cast<QSpinBox *>(m_widget)->value());
    case Spec::Type::Real:
        // 15 significant digits: the shortest text of a value the spin box rounded to its
        // decimals ("0.8", not "0.80000000000000004").
        return QString::number(static_cast<QDoubleSpinBox *>(m_widget)->value() / scaleOf(m_spec), 'g', 15);
    case Spec::Type::Choice: return static_cast<QComboBox *>(m_widget)->currentData().toString();
    case Spec::Type::Boolean:
        return static_cast<QCheckBox *>(m_widget)->isChecked() ? QStringLiteral("on") : QStringLiteral("off");
    }
    return {};
}

bool SettingEditor::setText(const QString &text, QString *error)
{
    if (!kpi::KpiSettings::validate(m_spec.key, text, error))
        return false;
    switch (m_spec.type) {
    case Spec::Type::Integer: static_cast<QSpinBox *>(m_widget)->setValue(text.toInt()); break;
    case Spec::Type::Real: static_cast<QDoubleSpinBox *>(m_widget)->setValue(text.toDouble() * scaleOf(m_spec)); break;
    case Spec::Type::Choice: {
        auto *box = static_cast<QComboBox *>(m_widget);
        box->setCurrentIndex(box->findData(text));
        break;
    }
    case Spec::Type::Boolean: static_cast<QCheckBox *>(m_widget)->setChecked(kpi::KpiSettings::isOn(text)); break;
    }
    return true;
}

void SettingEditor::setCurrency(const QString &currency)
{
    if (m_spec.unit == Spec::Unit::Money)
        static_cast<QDoubleSpinBox *>(m_widget)->setSuffix(u' ' + currency);
}

} // namespace huddle::ui
