// The import wizard end to end, with real files, a real store and real widgets (offscreen).
#include <import/importcheckpage.h>
#include <import/importhistorydialog.h>
#include <import/importwizard.h>
#include <mainwindow/mainwindow.h>
#include <models/importhistorymodel.h>
#include <models/interactionsmodel.h>

#include "screenshot.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace huddle;

namespace {

const QByteArray kPwcHeader = "Call Id,Agent,Date,Time,Topic,Answered (Y/N),Resolved,Speed of answer in seconds,"
                              "AvgTalkDuration,Satisfaction rating\n";

qint64 count(store::Store &s, const char *table)
{
    QSqlQuery q(s.database());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    q.next();
    return q.value(0).toLongLong();
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void importsAPresetFileEndToEnd();
    void invalidRowsStopAtTheCheck();
    void cancelImportsNothing();
    void historyUndo();
    void mainWindowShowsWhatWasImported();
};

void TestImportWizard::importsAPresetFileEndToEnd()
{
    test::TempStore t;
    const QString file = test::writeFile(t.dir(), "pwc.csv", kPwcHeader
        + "ID0001,Diane,2021-01-01,09:12:58,Contract related,Y,Y,109,00:02:23,3\n"
          "ID0002,Becky,2021-01-01,09:12:58,Technical Support,Y,N,70,00:04:02,5\n"
          "ID0003,Stewart,2021-01-01,09:47:31,Streaming,N,N,,,\n");
    ui::ImportWizard wizard(t.path());
    wizard.resize(900, 640);
    wizard.setFile(file);
    wizard.show();
    test::saveScreenshot(wizard, "import-wizard-1-file");
    QVERIFY(wizard.currentPage()->isComplete());

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPageId));
    auto *preview = wizard.currentPage()->findChild<QTableView *>();
    QVERIFY(preview);
    QCOMPARE(preview->model()->rowCount(), 3);
    QCOMPARE(preview->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Call Id"));
    QCOMPARE(preview->model()->index(1, 1).data().toString(), QStringLiteral("Becky"));
    test::saveScreenshot(wizard, "import-wizard-2-preview");

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::ImportWizard::MappingPageId));
    // The file's header fits the PwC preset, so the wizard proposes it.
    auto *preset = wizard.currentPage()->findChild<QComboBox *>();
    QCOMPARE(preset->currentText(), QStringLiteral("pwc-call-centre"));
    QVERIFY(wizard.currentPage()->isComplete());
    test::saveScreenshot(wizard, "import-wizard-3-mapping");

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::ImportWizard::CheckPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 10000);
    const auto *check = static_cast<ui::ImportCheckPage *>(wizard.currentPage());
    QCOMPARE(int(check->result()->status), int(import::ImportStatus::DryRun));
    QCOMPARE(check->result()->rowsAdded, qint64(3));
    QCOMPARE(count(t.store(), "interactions"), qint64(0)); // a dry run writes nothing
    test::saveScreenshot(wizard, "import-wizard-4-check");

    QSignalSpy imported(&wizard, &ui::ImportWizard::imported);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::ImportWizard::ImportPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.importResult().has_value(), 10000);
    QCOMPARE(int(wizard.importResult()->status), int(import::ImportStatus::Imported));
    QCOMPARE(wizard.importResult()->rowsAdded, qint64(3));
    QCOMPARE(imported.count(), 1);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    test::saveScreenshot(wizard, "import-wizard-5-done");
    QCOMPARE(count(t.store(), "interactions"), qint64(3));
    QCOMPARE(count(t.store(), "surveys"), qint64(2));
    QSqlQuery q(t.store().database());
    QVERIFY(q.exec("SELECT source, wait_s, reason FROM interactions WHERE contact_id = 'ID0001'") && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("pwc-call-centre"));
    QCOMPARE(q.value(1).toDouble(), 109.0);
    QCOMPARE(q.value(2).toString(), QStringLiteral("Contract related"));
}

void TestImportWizard::invalidRowsStopAtTheCheck()
{
    test::TempStore t;
    const QString file = test::writeFile(t.dir(), "bad.csv", "contact_id,started_at\nc1,2026-03-02T09:00:00Z\nc2,never\n");
    ui::ImportWizard wizard(t.path());
    wizard.setFile(file);
    wizard.show();
    wizard.next();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::ImportWizard::CheckPageId));
    const auto *check = static_cast<ui::ImportCheckPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(check->result().has_value(), 10000);
    QCOMPARE(int(check->result()->status), int(import::ImportStatus::Rejected));
    QCOMPARE(check->result()->problems.first().toString(), file + ":3:2: started_at: expected a date and time (never)");
    QVERIFY(!check->isComplete()); // no way on to the import while rows are invalid
    test::saveScreenshot(wizard, "import-wizard-4-problems");
}

void TestImportWizard::cancelImportsNothing()
{
    test::TempStore t;
    QByteArray bytes = "contact_id,started_at,wait_s\n";
    for (int i = 0; i < 100000; ++i)
        bytes += "c" + QByteArray::number(i) + ",2026-03-02T09:00:00Z,12\n";
    ui::ImportWizard wizard(t.path());
    wizard.setFile(test::writeFile(t.dir(), "big.csv", bytes));
    wizard.show();
    wizard.next();
    wizard.next();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
    wizard.next();
    auto *importPage = static_cast<ui::ImportCheckPage *>(wizard.currentPage());
    importPage->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(importPage->result().has_value(), 30000);
    QCOMPARE(int(importPage->result()->status), int(import::ImportStatus::Cancelled));
    QCOMPARE(count(t.store(), "interactions"), qint64(0));
    QCOMPARE(count(t.store(), "imports"), qint64(0));
}

void TestImportWizard::historyUndo()
{
    test::TempStore t;
    import::ImportRequest request;
    request.file = test::writeFile(t.dir(), "w.csv", "contact_id,started_at\nc1,2026-03-02T09:00:00Z\nc2,2026-03-02T10:00:00Z\n");
    QCOMPARE(import::runImport(t.store(), request).rowsAdded, qint64(2));
    ui::ImportHistoryDialog dialog(t.store());
    QSignalSpy undone(&dialog, &ui::ImportHistoryDialog::undone);
    QCOMPARE(dialog.model()->rowCount(), 1);
    QVERIFY(dialog.undoImport(1, false));
    QCOMPARE(undone.count(), 1);
    QCOMPARE(count(t.store(), "interactions"), qint64(0));
    QCOMPARE(dialog.model()->index(0, 0).data(ui::ImportHistoryModel::UndoneRole).toBool(), true);
}

void TestImportWizard::mainWindowShowsWhatWasImported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("main.huddle");
    QString error;
    auto store = store::Store::open(path, &error);
    import::ImportRequest request;
    request.file = test::writeFile(dir.path(), "w.csv", "contact_id,started_at,agent_id\nc1,2026-03-02T09:00:00Z,ann\n");
    import::runImport(*store, request);
    ui::MainWindow window(std::move(store));
    window.show();
    QCOMPARE(window.interactionsModel()->rowCount(), 1);
    QCOMPARE(window.interactionsModel()->index(0, ui::InteractionsModel::Agent).data().toString(), QStringLiteral("ann"));
    test::saveScreenshot(window, "import-main-window");
    ui::ImportWizard *wizard = window.openImportWizard(request.file);
    QVERIFY(wizard->currentPage()->isComplete()); // a dropped file lands on the first page
    wizard->close();
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
