// huddle: the desktop application. Parses the command line, opens the store (creating the
// demo store on first use), installs translations, and shows the main window.
#include <demo/demodata.h>
#include <mainwindow/mainwindow.h>
#include <store/interactionrepository.h>
#include <store/store.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFutureWatcher>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtConcurrent>

#include <memory>

namespace {

void installTranslators(QApplication &app)
{
    const QLocale locale;
    auto *huddle = new QTranslator(&app);
    if (huddle->load(locale, QStringLiteral("huddle"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(huddle);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

QString demoStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.huddle");
}

// Copies the bundled demo CSVs out of the resources, where the importer can read them.
bool extractDemoData(const QString &folder)
{
    const QDir bundled(QStringLiteral(":/huddle/demo"));
    const QStringList files = bundled.entryList({QStringLiteral("*.csv")}, QDir::Files);
    for (const QString &name : files) {
        if (!QFile::copy(bundled.filePath(name), QDir(folder).filePath(name)))
            return false;
    }
    return !files.isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Huddle"));
    QApplication::setApplicationName(QStringLiteral("Huddle"));
    QApplication::setApplicationVersion(QStringLiteral(HUDDLE_VERSION));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Contact-center KPIs for team leaders."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QApplication::translate("main", "The store to open."),
                      QApplication::translate("main", "PATH")});
    parser.addOption({QStringLiteral("demo"), QApplication::translate("main", "Open the demo store (created on first use).")});
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "An export to import."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    const bool demo = parser.isSet(QStringLiteral("demo"));
    const QString path = demo ? demoStorePath()
        : parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                             : huddle::store::Store::defaultPath();
    QString error;
    std::unique_ptr<huddle::store::Store> store = huddle::store::Store::open(path, &error);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Huddle"), error);
        return 3;
    }

    std::unique_ptr<huddle::ui::MainWindow> window;
    const auto showWindow = [&] {
        window = std::make_unique<huddle::ui::MainWindow>(std::move(store));
        window->show();
        if (!parser.positionalArguments().isEmpty())
            window->openImportWizard(parser.positionalArguments().first());
    };
    // The demo store is filled on first use, and finished if that was cancelled: importing
    // the bundled files again adds only what is missing.
    QTemporaryDir demoFolder;
    const bool fillDemo = demo && extractDemoData(demoFolder.path())
        && huddle::store::InteractionRepository(*store).counts().imports
            < QDir(demoFolder.path()).entryList(QDir::Files).size();
    if (!fillDemo) {
        showWindow();
        return app.exec();
    }

    // First start of the demo: import the bundled data set off the GUI thread. The worker
    // uses its own connection; the window opens on the filled store when it is done.
    QProgressDialog progress(QApplication::translate("main", "Preparing the demo data…"),
                             QApplication::translate("main", "Cancel"), 0, 1000);
    progress.setMinimumDuration(0);
    progress.setWindowModality(Qt::ApplicationModal);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    QObject::connect(&progress, &QProgressDialog::canceled, [cancelled] { cancelled->store(true); });
    QFutureWatcher<QString> watcher;
    QObject::connect(&watcher, &QFutureWatcher<QString>::progressValueChanged, &progress, &QProgressDialog::setValue);
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, [&] {
        progress.reset();
        if (!watcher.result().isEmpty())
            QMessageBox::warning(nullptr, QApplication::translate("main", "Huddle"), watcher.result());
        showWindow();
    });
    watcher.setFuture(QtConcurrent::run([path, folder = demoFolder.path(), cancelled](QPromise<QString> &promise) {
        promise.setProgressRange(0, 1000);
        QString workerError;
        auto workerStore = huddle::store::Store::open(path, &workerError);
        if (workerStore) {
            huddle::demo::importFolder(*workerStore, folder, [&](double share) {
                promise.setProgressValue(int(share * 1000));
                return !cancelled->load();
            }, &workerError);
        }
        promise.addResult(workerError);
    }));
    return app.exec();
}
