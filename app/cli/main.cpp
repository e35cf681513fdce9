#include "cliapp.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <memory>
#include <string_view>

int main(int argc, char *argv[])
{
    // The report paints a PDF, and fonts need a GUI application: on the offscreen platform,
    // so that it runs without a display (a server, cron, CI). Every other command stays a
    // console application that needs no platform plugin at all.
    const bool paints = std::any_of(argv + 1, argv + argc, [](const char *arg) { return std::string_view(arg) == "report"; });
    std::unique_ptr<QCoreApplication> app;
    if (paints) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Huddle"));
    QCoreApplication::setApplicationName(QStringLiteral("Huddle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUDDLE_VERSION));
    return huddle::cli::CliApp().run(QCoreApplication::arguments());
}
