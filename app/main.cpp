#include "cli/commandline.h"
#include "common/i18n.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (lambdesk::cli::isCommand(args)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout), err(stderr);
        return lambdesk::cli::run(args, out, err);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lambdesk"));
    QApplication::setOrganizationName(QStringLiteral("Lambdesk"));
    QApplication::setApplicationVersion(QStringLiteral(LAMBDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dev.lambdesk.Lambdesk")); // packaging/*.desktop
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A desktop console for serverless functions that runs them on this machine."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Workspace folder"),
                                 QStringLiteral("DIR"));
    parser.addOption(workspace);
    parser.process(app);

    // The console's language (View › Language, or the system's) before any window exists.
    lambdesk::i18n::installFromSettings(lambdesk::Settings());

    lambdesk::Backend::Options options;
    options.workspace = parser.value(workspace);
    options.seedDemo = true;
    int rc = 0;
    {
        lambdesk::MainWindow window(options);
        window.show();
        rc = app.exec();
    }
    // View › Language › Restart now: the window (and the workspace's lock) is gone; start again.
    lambdesk::i18n::restartIfRequested();
    return rc;
}
