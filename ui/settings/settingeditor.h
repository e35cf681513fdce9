#pragma once

#include <kpi/kpisettings.h>

#include <QObject>
#include <QString>

class QWidget;

namespace huddle::ui {

// The editor of one setting, made from its spec: a spin box with the spec's range and unit
// (a fraction shown as a percentage), a combo box for choices, a check box for on/off. It
// speaks the store's text form, so what it holds is what `huddle-cli settings get` prints
// once saved.
class SettingEditor final : public QObject
{
    Q_OBJECT

public:
    // The widget is made as a child of parent (parent owns it).
    SettingEditor(const kpi::SettingSpec &spec, QWidget *parent);

    const kpi::SettingSpec &spec() const { return m_spec; }
    QWidget *widget() const { return m_widget; }

    // The value in the store's text form: "7", "0.8", "same", "on".
    QString text() const;
    // Shows a value given in the store's text form. Refuses (false, a message for people,
    // nothing changed) a value the setting does not take.
    bool setText(const QString &text, QString *error);
    // Money is shown in the currency being chosen.
    void setCurrency(const QString &currency);

signals:
    void edited();

private:
    const kpi::SettingSpec &m_spec;
    QWidget *m_widget;
};

} // namespace huddle::ui
