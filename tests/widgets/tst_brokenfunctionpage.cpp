// The page of a function that cannot run because its function.json is broken: it says why
// and where the file is, reads the file again on Reload (still broken, then repaired), and
// deletes the function after asking.
#include "backendhost.h"
#include "functions/deletefunctiondialog.h"
#include "pages/brokenfunctionpage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "widgettestsupport.h"

using namespace lambdesk;
using widgettestsupport::callAndWait;
using widgettestsupport::QueuedSpy;
using widgettestsupport::StartedHost;

class TestBrokenFunctionPage : public QObject
{
    Q_OBJECT

    static void writeConfig(const QString &file, const QByteArray &json)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(f.write(json) == json.size());
    }

private Q_SLOTS:
    void showsWhyReloadsAndDeletes()
    {
        StartedHost host(StartedHost::Options{false, false});
        const QString python = host.host->runtimes().preferred(RuntimeFamily::Python)->id;
        const QString folder = host.workspace() + QStringLiteral("/functions/bad");
        const QString file = folder + QStringLiteral("/function.json");
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/code")));
        writeConfig(file,
                    R"({"Runtime": ")" + python.toUtf8() + R"(", "Handler": "app.handler", "MemorySize": 999999})");
        // Lambdesk was running when the file appeared: it is read on request.
        const auto loaded = callAndWait(*host.host, [](Backend &b) { return b.reloadFunction(QStringLiteral("bad")); });
        QVERIFY(loaded && loaded->ok());
        const FunctionConfig broken = loaded->value();
        QVERIFY(broken.isBroken());

        BrokenFunctionPage page(host.context());
        page.resize(900, 600);
        page.show();
        page.setFunction(broken);
        QCOMPARE(
            page.reasonLabel()->text(),
            QStringLiteral("function.json: MemorySize must be a whole number of MB from 128 to 10240; got 999999"));
        QCOMPARE(page.pathLabel()->text(), file);
        for (QPushButton *b : {page.openButton(), page.reloadButton(), page.deleteButton()})
            QVERIFY(b->isVisible() && b->isEnabled());

        // Reload, still broken: it says so, and the backend's entry is the one read again.
        QSignalSpy status(&page, &FunctionPage::statusMessage);
        page.reloadButton()->click();
        QVERIFY(status.wait(30000));
        QVERIFY2(status.last().first().toString().contains(u"still broken"),
                 qPrintable(status.last().first().toString()));

        // Fixed by hand, then Reload: the function can run, and the console hears of it.
        QueuedSpy updated(host.host->backend(), &Backend::functionUpdated);
        writeConfig(file, R"({"Runtime": ")" + python.toUtf8() + R"(", "Handler": "app.handler", "MemorySize": 256})");
        page.reloadButton()->click();
        QVERIFY(status.wait(30000));
        QVERIFY2(status.last().first().toString().contains(u"can run now"),
                 qPrintable(status.last().first().toString()));
        QVERIFY(updated.count() > 0 || updated.wait(30000));
        const auto repaired = updated.calls().last().first().value<FunctionConfig>();
        QVERIFY(!repaired.isBroken());
        QCOMPARE(repaired.memorySize, 256);

        // Broken again, then deleted from the page after the question.
        writeConfig(file, "{\"Runtime\": ");
        QVERIFY(callAndWait(*host.host, [](Backend &b) { return b.reloadFunction(QStringLiteral("bad")); }));
        page.setFunction(
            callAndWait(*host.host, [](Backend &b) { return b.getFunction(QStringLiteral("bad")); })->value());
        QVERIFY2(page.reasonLabel()->text().startsWith(u"function.json is not valid JSON"),
                 qPrintable(page.reasonLabel()->text()));
        page.deleteButton()->click();
        auto *ask = page.findChild<DeleteFunctionDialog *>(QStringLiteral("confirmDelete"));
        QVERIFY(ask);
        QVERIFY(!ask->deleteButton()->isEnabled()); // until the name is typed
        QTest::keyClicks(ask->nameEdit(), QStringLiteral("bad"));
        ask->deleteButton()->click();
        QVERIFY(status.wait(30000));
        QCOMPARE(status.last().first().toString(), QStringLiteral("Deleted bad"));
        QVERIFY(!QFileInfo::exists(folder));
        const auto gone = callAndWait(*host.host, [](Backend &b) { return b.getFunction(QStringLiteral("bad")); });
        QVERIFY(gone && !gone->ok());
    }
};

QTEST_MAIN(TestBrokenFunctionPage)
#include "tst_brokenfunctionpage.moc"
