// File › Open SAM project… offscreen against a real backend: the preview lists the function
// with its runtime, handler, memory and timeout, its URL route and schedule, what is not
// imported with why, and the parameters; a changed parameter reads the template again; Import
// makes the function, which runs from the project's folder.
#include "backendhost.h"
#include "samimport.h"
#include "sam/samimportdialog.h"
#include "widgettestsupport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lambdesk;
using widgettestsupport::callAndWait;
using widgettestsupport::StartedHost;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QStringList texts(const QTreeWidgetItem *item)
{
    QStringList out;
    for (int i = 0; i < item->childCount(); ++i)
        out << item->child(i)->text(0);
    return out;
}

} // namespace

class tst_SamImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewAndImport()
    {
        StartedHost env(StartedHost::Options{false, false});
        QTemporaryDir project;
        const QString python = env.host->runtimes().preferred(RuntimeFamily::Python)->id;
        writeFile(project.filePath(QStringLiteral("hello/app.py")),
                  "def handler(event, context):\n    return {'hello': 'sam'}\n");
        const QString templatePath = project.filePath(QStringLiteral("template.yaml"));
        writeFile(templatePath, QStringLiteral("Parameters:\n  Stage: {Type: String, Default: dev, AllowedValues: [dev, prod]}\n"
                                               "Resources:\n"
                                               "  Hello:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                                               "      FunctionName: !Sub 'hello-${Stage}'\n"
                                               "      CodeUri: hello/\n      Handler: app.handler\n      Runtime: %1\n"
                                               "      MemorySize: 256\n      Timeout: 7\n"
                                               "      Events:\n"
                                               "        Get: {Type: Api, Properties: {Path: /hi, Method: get}}\n"
                                               "        Nightly: {Type: Schedule, Properties: {Schedule: 'cron(0 3 * * ? *)'}}\n"
                                               "  Bucket: {Type: AWS::S3::Bucket}\n")
                                    .arg(python)
                                    .toUtf8());

        SamImportDialog dialog(env.host.get());
        dialog.show();
        QSignalSpy ready(&dialog, &SamImportDialog::previewReady);
        QSignalSpy failed(&dialog, &SamImportDialog::previewFailed);
        dialog.setTemplatePath(templatePath);
        QVERIFY(dialog.isBusy()); // the work is on the backend's thread
        QVERIFY(widgettestsupport::Waiter()
                    .on(&dialog, &SamImportDialog::previewReady)
                    .on(&dialog, &SamImportDialog::previewFailed)
                    .until([&] { return !ready.isEmpty() || !failed.isEmpty(); }));
        QVERIFY2(failed.isEmpty(), qPrintable(dialog.errorText()));

        QTreeWidget *tree = dialog.preview();
        QTreeWidgetItem *fn = tree->topLevelItem(0);
        QCOMPARE(fn->text(SamImportDialog::NameColumn), QStringLiteral("hello-dev"));
        QCOMPARE(fn->text(SamImportDialog::RuntimeColumn), python);
        QCOMPARE(fn->text(SamImportDialog::HandlerColumn), QStringLiteral("app.handler"));
        QCOMPARE(fn->text(SamImportDialog::MemoryColumn), QStringLiteral("256 MB"));
        QCOMPARE(fn->text(SamImportDialog::TimeoutColumn), QStringLiteral("7 s"));
        QCOMPARE(fn->text(SamImportDialog::ActionColumn), QStringLiteral("would create"));
        QVERIFY2(texts(fn).contains(QStringLiteral("URL route GET /hi (Api)")), qPrintable(texts(fn).join(u'|')));
        QVERIFY2(texts(fn).contains(QStringLiteral("Schedule cron(0 3 * * ? *)")), qPrintable(texts(fn).join(u'|')));
        QTreeWidgetItem *notImported = tree->topLevelItem(tree->topLevelItemCount() - 1);
        QVERIFY(notImported->text(0).startsWith(QStringLiteral("Not imported")));
        QVERIFY(texts(notImported).contains(QStringLiteral("Bucket")));
        QCOMPARE(dialog.parameterTable()->rowCount(), 1);
        QCOMPARE(dialog.parameterTable()->item(0, 1)->text(), QStringLiteral("dev"));

        // A value outside AllowedValues: the error names the parameter; nothing can be imported.
        dialog.setParameter(QStringLiteral("Stage"), QStringLiteral("test"));
        QVERIFY(failed.wait(widgettestsupport::safetyNetMs(30000)));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("Stage")), qPrintable(dialog.errorText()));
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());

        dialog.setParameter(QStringLiteral("Stage"), QStringLiteral("prod"));
        QVERIFY(ready.wait(widgettestsupport::safetyNetMs(30000)));
        QCOMPARE(dialog.preview()->topLevelItem(0)->text(SamImportDialog::NameColumn), QStringLiteral("hello-prod"));

        QSignalSpy importFailed(&dialog, &SamImportDialog::importFailed);
        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(widgettestsupport::Waiter()
                    .on(&dialog, &SamImportDialog::imported)
                    .on(&dialog, &SamImportDialog::importFailed)
                    .until([&] { return dialog.report().has_value(); }));
        QCOMPARE(importFailed.size(), 0);
        QCOMPARE(dialog.report()->functions.first().action, QStringLiteral("created"));

        const auto code = callAndWait(*env.host, [](Backend &b) { return b.codeDir(QStringLiteral("hello-prod")); });
        QVERIFY(code.has_value());
        QCOMPARE(QFileInfo(*code).symLinkTarget(), project.filePath(QStringLiteral("hello")));
        const auto origin = callAndWait(*env.host, [](Backend &b) { return samimport::origin(b, QStringLiteral("hello-prod")); });
        QVERIFY(origin.has_value() && origin->has_value());
        QCOMPARE((*origin)->routes.size(), 1);
    }
};

QTEST_MAIN(tst_SamImportDialog)
#include "tst_samimportdialog.moc"
