// File › Export to AWS… offscreen against a real backend: the current function is preselected,
// Export writes the template, the code folder and the zip off the GUI thread, the text box
// shows the files and the aws/sam commands, Copy puts them on the clipboard; a non-empty
// folder is refused with the rule named, and nothing is written.
#include "backendhost.h"
#include "sam/samexportdialog.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lambdesk;
using widgettestsupport::callAndWait;
using widgettestsupport::StartedHost;

class tst_SamExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportsAndShowsTheCommands()
    {
        StartedHost env(StartedHost::Options{false, false});
        QTemporaryDir code;
        {
            QFile f(code.filePath(QStringLiteral("app.py")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("def handler(event, context):\n    return {'ok': True}\n");
        }
        const QString python = env.host->runtimes().preferred(RuntimeFamily::Python)->id;
        for (const QString &name : {QStringLiteral("first-fn"), QStringLiteral("second-fn")}) {
            const auto created = callAndWait(*env.host, [&](Backend &b) {
                FunctionConfig c;
                c.name = name;
                c.runtime = python;
                c.handler = QStringLiteral("app.handler");
                return b.createFunction(c, CodeSource::directory(code.path())).ok();
            });
            QVERIFY(created.value_or(false));
        }

        SamExportDialog dialog(env.host.get(), QStringLiteral("second-fn"));
        dialog.show();
        if (!dialog.functionsLoaded()) {
            QSignalSpy ready(&dialog, &SamExportDialog::functionsReady);
            QVERIFY(ready.wait(widgettestsupport::safetyNetMs(30000)));
        }
        QCOMPARE(dialog.functionList()->count(), 2);
        QCOMPARE(dialog.selectedFunctions(), QStringList{QStringLiteral("second-fn")});
        QVERIFY(!dialog.exportButton()->isEnabled()); // no folder yet

        QTemporaryDir parent;
        const QString out = parent.filePath(QStringLiteral("export"));
        dialog.setOutDir(out);
        QVERIFY(dialog.exportButton()->isEnabled());
        QSignalSpy exported(&dialog, &SamExportDialog::exported);
        QSignalSpy failed(&dialog, &SamExportDialog::exportFailed);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(dialog.isBusy()); // the work is on the backend's side
        QVERIFY(!dialog.exportButton()->isEnabled());
        QVERIFY(widgettestsupport::Waiter()
                    .on(&dialog, &SamExportDialog::exported)
                    .on(&dialog, &SamExportDialog::exportFailed)
                    .until([&] { return !dialog.isBusy(); }));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(exported.size(), 1);
        QVERIFY(dialog.isVisible()); // Export does not close the dialog
        QVERIFY(QFile::exists(out + QStringLiteral("/template.yaml")));
        QVERIFY(QFile::exists(out + QStringLiteral("/second-fn.zip")));
        QVERIFY(QFile::exists(out + QStringLiteral("/second-fn/app.py")));
        QVERIFY(!QFile::exists(out + QStringLiteral("/first-fn.zip")));

        const QString text = dialog.outputText();
        QVERIFY(dialog.output()->isReadOnly());
        QVERIFY2(text.contains(QStringLiteral("template.yaml")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("aws lambda create-function --function-name second-fn --runtime %1 "
                                              "--handler app.handler --memory-size 128 --timeout 3 --role "
                                              "<your-role-arn> --zip-file fileb://second-fn.zip")
                                   .arg(python)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("sam validate && sam deploy --guided")), qPrintable(text));
        QVERIFY(dialog.copyButton()->isEnabled());
        QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), text);

        // Again into the same (now non-empty) folder: refused, the rule named, nothing changed.
        const QStringList before = QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        dialog.setAllFunctions(true);
        QVERIFY(dialog.startExport());
        QVERIFY(widgettestsupport::Waiter()
                    .on(&dialog, &SamExportDialog::exported)
                    .on(&dialog, &SamExportDialog::exportFailed)
                    .until([&] { return !dialog.isBusy(); }));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("OutDir must be an empty folder")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);

        // With overwrite, every function.
        dialog.setOverwrite(true);
        QVERIFY(dialog.startExport());
        QVERIFY(widgettestsupport::Waiter()
                    .on(&dialog, &SamExportDialog::exported)
                    .on(&dialog, &SamExportDialog::exportFailed)
                    .until([&] { return !dialog.isBusy(); }));
        QCOMPARE(exported.size(), 2);
        QVERIFY(QFile::exists(out + QStringLiteral("/first-fn.zip")));
    }
};

QTEST_MAIN(tst_SamExportDialog)
#include "tst_samexportdialog.moc"
