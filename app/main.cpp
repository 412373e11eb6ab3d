#include "cli/commandline.h"
#include "mainwindow.h"

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

    lambdesk::Backend::Options options;
    options.workspace = parser.value(workspace);
    options.seedDemo = true;
    lambdesk::MainWindow window(options);
    window.show();
    return app.exec();
}
