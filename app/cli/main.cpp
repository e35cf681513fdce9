#include "cliapp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Huddle"));
    QCoreApplication::setApplicationName(QStringLiteral("Huddle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUDDLE_VERSION));
    return huddle::cli::CliApp().run(QCoreApplication::arguments());
}
