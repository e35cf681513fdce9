// The settings dialog on a real store: every setting of KpiSettings::specs() has its editor
// on its category's page; what Apply saves is what KpiSettings::load and `huddle-cli settings
// get` read back; Restore Defaults; values a setting does not take are refused.
#include "screenshot.h"
#include "cli.h"
#include "testsupport.h"

#include <kpi/kpisettings.h>
#include <settings/settingsdialog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace huddle;

namespace {

QString cliGet(const QString &store, const QString &key)
{
    const test::CliRun run = test::runCli({"--db", store, "settings", "get", key});
    return run.code == 0 ? run.out.trimmed() : QStringLiteral("<huddle-cli failed: %1>").arg(run.err);
}

QPushButton *button(ui::SettingsDialog &dialog, QDialogButtonBox::StandardButton which)
{
    return dialog.findChild<QDialogButtonBox *>()->button(which);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void everySettingHasItsEditor();
    void applySavesWhatCoreAndCliRead();
    void restoreDefaults();
    void refusesInvalidValues();
    void render();
};

void TestSettingsDialog::everySettingHasItsEditor()
{
    test::TempStore t;
    ui::SettingsDialog dialog(t.store());
    QCOMPARE(dialog.pageTitles(), (QStringList{"Thresholds", "Windows", "Targets", "Costs", "Other"}));
    for (const kpi::SettingSpec &spec : kpi::KpiSettings::specs()) {
        QWidget *editor = dialog.editor(spec.key);
        QVERIFY2(editor, qPrintable(spec.key));
        QCOMPARE(dialog.valueText(spec.key), spec.defaultValue);
        QCOMPARE(editor->accessibleName(), kpi::KpiSettings::displayName(spec));
        QVERIFY(editor->toolTip().contains(kpi::KpiSettings::meaning(spec)));
    }
    // The right editor for each type, with the spec's range in the unit people read.
    auto *window = qobject_cast<QSpinBox *>(dialog.editor("fcr_window_days"));
    QVERIFY(window);
    QCOMPARE(window->minimum(), 1);
    QCOMPARE(window->maximum(), 365);
    auto *csat = qobject_cast<QDoubleSpinBox *>(dialog.editor("csat_target"));
    QVERIFY(csat);
    QCOMPARE(csat->maximum(), 100.0); // a fraction shown as a percentage
    QCOMPARE(csat->value(), 80.0);
    QCOMPARE(csat->suffix(), QStringLiteral(" %"));
    QCOMPARE(qobject_cast<QDoubleSpinBox *>(dialog.editor("cost_per_contact"))->suffix(), QStringLiteral(" EUR"));
    auto *variant = qobject_cast<QComboBox *>(dialog.editor("sl_variant"));
    QVERIFY(variant);
    QCOMPARE(variant->count(), kpi::KpiSettings::spec("sl_variant")->choices.size());
    QVERIFY(qobject_cast<QCheckBox *>(dialog.editor("fcr_same_reason")));
    // Nothing edited yet: nothing to apply.
    QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled());
}

void TestSettingsDialog::applySavesWhatCoreAndCliRead()
{
    test::TempStore t;
    ui::SettingsDialog dialog(t.store());
    QSignalSpy changed(&dialog, &ui::SettingsDialog::settingsChanged);
    qobject_cast<QSpinBox *>(dialog.editor("fcr_window_days"))->setValue(30);
    qobject_cast<QDoubleSpinBox *>(dialog.editor("csat_target"))->setValue(85.5);
    qobject_cast<QDoubleSpinBox *>(dialog.editor("nps_target"))->setValue(-12.5);
    qobject_cast<QCheckBox *>(dialog.editor("fcr_same_reason"))->setChecked(true);
    auto *currency = qobject_cast<QComboBox *>(dialog.editor("currency"));
    currency->setCurrentIndex(currency->findData("USD"));
    QCOMPARE(qobject_cast<QDoubleSpinBox *>(dialog.editor("customer_value"))->suffix(), QStringLiteral(" USD"));
    auto *variant = qobject_cast<QComboBox *>(dialog.editor("sl_variant"));
    variant->setCurrentIndex(variant->findData("all_abandons_against"));
    QVERIFY(button(dialog, QDialogButtonBox::Apply)->isEnabled());
    QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled());

    const kpi::KpiSettings loaded = kpi::KpiSettings::load(t.store());
    QCOMPARE(loaded.fcrWindowDays, 30);
    QCOMPARE(loaded.csatTarget, 0.855);
    QCOMPARE(loaded.npsTarget, -12.5);
    QVERIFY(loaded.fcrSameReason);
    QCOMPARE(loaded.currency, QStringLiteral("USD"));
    QCOMPARE(loaded.slVariant, kpi::SlVariant::AllAbandonsAgainst);

    const QHash<QString, QString> expected = {{"fcr_window_days", "30"},    {"csat_target", "0.855"},
                                              {"nps_target", "-12.5"},      {"fcr_same_reason", "on"},
                                              {"currency", "USD"},          {"sl_variant", "all_abandons_against"},
                                              {"fcr_target", "0.75"}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QCOMPARE(dialog.valueText(it.key()), it.value());
        QCOMPARE(cliGet(t.path(), it.key()), it.value());
    }
    // Only what was edited is written: an untouched setting stays out of the store.
    QCOMPARE(t.store().setting("fcr_target", "<absent>"), QStringLiteral("<absent>"));

    // Applying again with nothing edited writes nothing and says nothing changed.
    QVERIFY(dialog.apply());
    QCOMPARE(changed.count(), 1);

    // A new dialog shows what was saved.
    ui::SettingsDialog again(t.store());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(again.valueText(it.key()), it.value());
}

void TestSettingsDialog::restoreDefaults()
{
    test::TempStore t;
    QVERIFY(t.store().setSetting("fcr_window_days", "14"));
    QVERIFY(t.store().setSetting("cost_per_contact", "9.5"));
    ui::SettingsDialog dialog(t.store());
    QCOMPARE(dialog.valueText("fcr_window_days"), QStringLiteral("14"));
    QCOMPARE(dialog.valueText("cost_per_contact"), QStringLiteral("9.5"));
    QSignalSpy changed(&dialog, &ui::SettingsDialog::settingsChanged);
    QTest::mouseClick(button(dialog, QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    // Filled in, not yet saved.
    QCOMPARE(dialog.valueText("fcr_window_days"), QStringLiteral("7"));
    QCOMPARE(cliGet(t.path(), "fcr_window_days"), QStringLiteral("14"));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(cliGet(t.path(), "fcr_window_days"), QStringLiteral("7"));
    QCOMPARE(cliGet(t.path(), "cost_per_contact"), QStringLiteral("6"));
    const kpi::KpiSettings loaded = kpi::KpiSettings::load(t.store());
    QCOMPARE(loaded.fcrWindowDays, 7);
    QCOMPARE(loaded.costPerContact, 6.0);
}

void TestSettingsDialog::refusesInvalidValues()
{
    test::TempStore t;
    ui::SettingsDialog dialog(t.store());
    QString error;
    QVERIFY(!dialog.setValueText("fcr_window_days", "400", &error));
    QCOMPARE(error, kpi::KpiSettings::tr("%1 takes a number from %2 to %3").arg("fcr_window_days").arg(1).arg(365));
    QCOMPARE(dialog.valueText("fcr_window_days"), QStringLiteral("7"));
    QVERIFY(!dialog.setValueText("currency", "XYZ", &error));
    QVERIFY(!dialog.setValueText("csat_target", "1.5", &error));
    QVERIFY(!dialog.setValueText("fcr_same_reason", "maybe", &error));
    QVERIFY(!dialog.setValueText("no_such_setting", "1", &error));
    QVERIFY(dialog.setValueText("fcr_window_days", "28", &error));
    QCOMPARE(dialog.valueText("fcr_window_days"), QStringLiteral("28"));

    // Typed by hand: the spin box refuses the keystroke that leaves the range.
    auto *window = qobject_cast<QSpinBox *>(dialog.editor("fcr_window_days"));
    dialog.show();
    window->setFocus();
    window->selectAll();
    QTest::keyClicks(window, "999");
    QCOMPARE(dialog.valueText("fcr_window_days"), QStringLiteral("99"));
    auto *share = qobject_cast<QDoubleSpinBox *>(dialog.editor("structural_share"));
    share->setFocus();
    share->selectAll();
    QTest::keyClicks(share, "250");
    QVERIFY(share->value() <= 100.0);
    QVERIFY(dialog.apply());
    QCOMPARE(cliGet(t.path(), "fcr_window_days"), QStringLiteral("99"));
    QCOMPARE(kpi::KpiSettings::validate("structural_share", cliGet(t.path(), "structural_share"), &error), true);
}

void TestSettingsDialog::render()
{
    test::TempStore t;
    ui::SettingsDialog dialog(t.store());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (test::screenshotDir().isEmpty())
        QSKIP("set HUDDLE_SCREENSHOT_DIR to a folder to write the dialog's pages as PNGs");
    auto *tabs = dialog.findChild<QTabWidget *>();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        test::saveScreenshot(dialog, QStringLiteral("settings-%1").arg(i));
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
