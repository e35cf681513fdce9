#pragma once

#include <kpi/kpisettings.h>

#include <QDialog>
#include <QHash>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace huddle::store {
class Store;
}

namespace huddle::ui {

class SettingEditor;

// Settings › Thresholds, windows, targets and costs: one page per category of
// KpiSettings::specs(), one editor per setting, made from its spec (range, unit, choices,
// meaning). Apply and OK save the edited settings through KpiSettings::save, exactly as
// `huddle-cli settings set` does; Restore Defaults fills in the spec's defaults (saved on
// Apply or OK).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // store: where the settings are read from and saved to; it must outlive the dialog.
    explicit SettingsDialog(store::Store &store, QWidget *parent = nullptr);

    // A setting's value as the dialog holds it, in the store's text form ("0.8").
    QString valueText(const QString &key) const;
    // Puts a value (store text form) in a setting's editor; refuses one the setting does not
    // take (false, message for people, editor unchanged).
    bool setValueText(const QString &key, const QString &text, QString *error);
    // The editor of a setting (for tests and accessibility).
    QWidget *editor(const QString &key) const;
    // The pages' titles, in order.
    QStringList pageTitles() const;

    // Saves the settings edited since they were read or last saved. Emits settingsChanged()
    // when any was written. Returns false with a message (also shown in the dialog) when one
    // could not be saved.
    bool apply(QString *error = nullptr);
    void restoreDefaults();
    void accept() override;

signals:
    // Some setting changed in the store: figures computed under the old ones are stale.
    void settingsChanged();

private:
    void load();
    void updateButtons();
    static QString categoryTitle(kpi::SettingSpec::Category category);

    store::Store &m_store;
    QTabWidget *m_pages;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QList<SettingEditor *> m_editors; // in specs() order
    QHash<QString, QString> m_saved;  // key -> text form as last read or saved
};

} // namespace huddle::ui
