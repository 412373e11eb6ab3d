// The console in German (issue 17): the real main window with the German translator and the
// de_DE locale installed as main() does (i18n::install). Menus, tabs, the Test button and
// dialogs are German; AWS's terms (REPORT, Init Duration, $LATEST) stay English; the console's
// own figures have a decimal comma. And the Chinese window's menu bar.
#include "backendhost.h"
#include "common/i18n.h"
#include "common/invocationcontroller.h"
#include "config/memoryedit.h"
#include "functions/functionlistmodel.h"
#include "mainwindow.h"
#include "results/resultpanel.h"
#include "settings.h"
#include "test/testpage.h"
#include "wizard/blueprintlistmodel.h"
#include "wizard/createfunctionwizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

#include "widgettestsupport.h"
#include "windowtestsupport.h"

using namespace lambdesk;
using widgettestsupport::Waiter;

namespace {
QString plain(QString s)
{
    return s.remove(u'&');
}
QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}
} // namespace

class TestGermanWindow : public QObject
{
    Q_OBJECT

public:
    // A projector's screen, as tst_mainwindow: German texts are the longest.
    static void initMain() { windowtestsupport::useProjectorScreen(); }

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> open(const QString &name, QString *settingsPath = nullptr)
    {
        const QString path = widgettestsupport::settingsFile(m_dir.filePath(name + QStringLiteral("-settings.ini")));
        if (settingsPath)
            *settingsPath = path;
        auto w = windowtestsupport::openReady(m_dir.filePath(name), path);
        if (!windowtestsupport::demoFunctionsShown(*w))
            qFatal("the demo functions did not show");
        return w;
    }

    static QStringList menuTitles(MainWindow &w)
    {
        QStringList out;
        for (QAction *a : w.menuBar()->actions())
            out << plain(a->text());
        return out;
    }

    static QAction *action(QWidget &w, const QString &text)
    {
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(i18n::install(QStringLiteral("de")));
        QCOMPARE(QLocale().name(), QStringLiteral("de_DE"));
    }

    void germanWindow()
    {
        QString settingsPath;
        auto w = open(QStringLiteral("de"), &settingsPath);

        // Menus (the German words, not only "not English").
        const QStringList menus = menuTitles(*w);
        QVERIFY2(menus.contains(QStringLiteral("Datei")), qPrintable(menus.join(u'|')));
        QVERIFY2(menus.contains(QStringLiteral("Ansicht")), qPrintable(menus.join(u'|')));
        for (const char *english : {"&File", "F&unction", "&Tools", "&View"}) {
            QVERIFY2(!menus.contains(plain(QString::fromLatin1(english))), english);
            QVERIFY2(menus.contains(plain(translated("lambdesk::MainWindow", english))), english);
        }

        // The status bar's line on the limits (core's English, translated part by part).
        auto *limits = w->findChild<QLabel *>(QStringLiteral("limitsStatus"));
        QVERIFY(limits);
        QVERIFY2(limits->text().startsWith(QStringLiteral("Grenzen: ")), qPrintable(limits->text()));
        QVERIFY2(!limits->text().contains(QLatin1String("memory")), qPrintable(limits->text()));

        // Tabs and the Test button.
        QStringList tabs;
        for (int i = 0; i < w->tabs()->count(); ++i)
            tabs << w->tabs()->tabText(i);
        QVERIFY2(tabs.contains(QStringLiteral("Testen")), qPrintable(tabs.join(u'|')));
        QVERIFY2(tabs.contains(QStringLiteral("Konfiguration")), qPrintable(tabs.join(u'|')));
        QCOMPARE(plain(w->testPage()->invokeButton()->text()), QStringLiteral("Testen"));

        // A dialog: File › New function… (the blueprints' texts in German too).
        QAction *create = action(*w, translated("lambdesk::MainWindow", "&New function…"));
        QVERIFY(create);
        QVERIFY(plain(create->text()) != QStringLiteral("New function…"));
        create->trigger();
        auto *wizard = w->findChild<CreateFunctionWizard *>();
        QVERIFY(wizard);
        QCOMPARE(wizard->windowTitle(), QStringLiteral("Funktion erstellen"));
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"))) {
            // Qt's own texts (qt6-translations-l10n, installed by packaging/install-deps.sh).
            auto *box = wizard->findChild<QDialogButtonBox *>();
            QVERIFY(box);
            QAbstractButton *cancel = box->button(QDialogButtonBox::Cancel);
            QVERIFY(cancel);
            QCOMPARE(plain(cancel->text()), QStringLiteral("Abbrechen"));
        }
        auto *blueprints = wizard->findChild<BlueprintListModel *>();
        QVERIFY(blueprints);
        bool found = false;
        for (int row = 0; row < blueprints->rowCount(); ++row) {
            const QModelIndex i = blueprints->index(row, 0);
            if (i.data(BlueprintListModel::IdRole).toString() != u"hello-world-python")
                continue;
            found = true;
            const QString title = i.data(Qt::DisplayRole).toString();
            QCOMPARE(title, translated("blueprint:hello-world-python", "Hello world (Python)"));
            QVERIFY2(title != QStringLiteral("Hello world (Python)"), qPrintable(title));
        }
        QVERIFY(found);
        wizard->reject();

        // An invocation: the console's figures in German, AWS's lines as AWS prints them.
        w->selectFunction(QStringLiteral("hello-python"));
        w->tabs()->setCurrentWidget(w->testPage());
        QVERIFY(
            Waiter().on(w->testPage(), &TestPage::eventsReloaded).on(w->testPage(), &TestPage::eventOpened).until([&] {
                return w->testPage()->invokeButton()->isEnabled();
            }));
        auto *controller = w->findChild<InvocationController *>();
        QVERIFY(controller);
        QSignalSpy finished(controller, &InvocationController::invocationFinished);
        w->testPage()->invoke();
        QVERIFY(Waiter()
                    .on(controller, &InvocationController::invocationFinished)
                    .until([&] { return !finished.isEmpty(); }, widgettestsupport::backendStartMs()));
        const auto result = finished.first().first().value<InvocationResult>();
        ResultPanel *panel = w->testPage()->results();
        QVERIFY(Waiter()
                    .on(controller, &InvocationController::invocationFinished)
                    .on(controller, &InvocationController::historyLoaded)
                    .until([&] { return panel->requestId() == result.requestId; }));
        QVERIFY(Waiter()
                    .on(controller, &InvocationController::invocationFinished)
                    .until([&] { return panel->logText().contains(QStringLiteral("REPORT RequestId:")); },
                           widgettestsupport::backendStartMs()));
        const QString summary = panel->summaryText();
        static const QRegularExpression germanMs(QStringLiteral("\\d+,\\d\\d ms"));
        QVERIFY2(germanMs.match(summary).hasMatch(), qPrintable(summary));
        const QString log = panel->logText();
        QVERIFY2(log.contains(QStringLiteral("Version: $LATEST")), qPrintable(log));
        static const QRegularExpression report(QStringLiteral(
            "REPORT RequestId: \\S+\\s+Duration: \\d+\\.\\d\\d ms\\s+Billed Duration: \\d+ ms\\s+Memory Size: \\d+ "
            "MB\\s+Max Memory Used: \\d+ MB\\s+Init Duration: \\d+\\.\\d\\d ms"));
        QVERIFY2(report.match(log).hasMatch(), qPrintable(log)); // a cold start: the first in this workspace
        QVERIFY2(summary.contains(QStringLiteral("Init Duration")), qPrintable(summary));
        QCOMPARE(MemoryEdit::cpuShareText(128), QStringLiteral("≈ 0,07 vCPU")); // the Configuration tab's

        // View › Language: English is saved for the next start; "Later" keeps this window.
        auto *languages = w->findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(languages);
        QCOMPARE(plain(languages->title()), QStringLiteral("Sprache"));
        QStringList entries;
        for (QAction *a : languages->actions())
            entries << plain(a->text());
        QCOMPARE(entries,
                 (QStringList{QStringLiteral("Systemvorgabe"), QStringLiteral("English"), QStringLiteral("Deutsch"),
                              QStringLiteral("简体中文")}));
        // The box that says so is German; answered from the event loop it runs.
        QString boxText;
        std::function<void()> answer = [&] {
            auto *box = w->findChild<QMessageBox *>(QStringLiteral("languageRestartBox"));
            if (!box || !box->isVisible()) {
                QTimer::singleShot(0, this, answer); // not shown yet: look again on the next turn
                return;
            }
            boxText = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (plain(b->text()) == QStringLiteral("Später"))
                    b->click();
            }
        };
        QTimer::singleShot(0, this, answer);
        languages->actions().at(1)->trigger(); // English
        QVERIFY2(boxText.contains(QStringLiteral("nächsten Start")), qPrintable(boxText));
        QVERIFY(boxText.contains(QStringLiteral("English")));
        QVERIFY(w->isVisible());
        QCOMPARE(Settings(settingsPath).value(settings::language), QStringLiteral("en"));
        QVERIFY(!i18n::restartRequested());
        QVERIFY(languages->actions().at(1)->isChecked());
    }

    // A sentence with a field in it is laid out in the order its language puts them.
    void sentencesKeepTheirFieldsInPlace()
    {
        QWidget parent;
        auto *row = new QHBoxLayout(&parent);
        auto *first = new QSpinBox(&parent);
        auto *second = new QSpinBox(&parent);
        const auto shown = [&] {
            QStringList items;
            for (int i = 0; i < row->count(); ++i) {
                QWidget *w = row->itemAt(i)->widget();
                items << (w == first        ? QStringLiteral("[1]")
                              : w == second ? QStringLiteral("[2]")
                                            : qobject_cast<QLabel *>(w)->text());
            }
            while (QLayoutItem *item = row->takeAt(0)) {
                if (qobject_cast<QLabel *>(item->widget()))
                    delete item->widget();
                delete item;
            }
            return items;
        };
        i18n::addSentence(row, QStringLiteral("Roll back past %1 errors"), {first}, &parent);
        QCOMPARE(shown(),
                 (QStringList{QStringLiteral("Roll back past"), QStringLiteral("[1]"), QStringLiteral("errors")}));
        i18n::addSentence(row, QStringLiteral("错误率超过 %1 时回滚"), {first}, &parent);
        QCOMPARE(shown(), (QStringList{QStringLiteral("错误率超过"), QStringLiteral("[1]"), QStringLiteral("时回滚")}));
        i18n::addSentence(row, QStringLiteral("%2 mit %1 vergleichen"), {first, second}, &parent);
        QCOMPARE(shown(),
                 (QStringList{QStringLiteral("[2]"), QStringLiteral("mit"), QStringLiteral("[1]"),
                              QStringLiteral("vergleichen")}));
        const QList<QLabel *> labels = i18n::addSentence(row, QStringLiteral("Every %1"), {first}, &parent);
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels.first()->parent(), &parent);
        QCOMPARE(shown(), (QStringList{QStringLiteral("Every"), QStringLiteral("[1]")}));
    }

    void chineseMenuBar()
    {
        QVERIFY(i18n::install(QStringLiteral("zh_CN")));
        auto w = open(QStringLiteral("zh"));
        const QStringList menus = menuTitles(*w);
        QVERIFY2(menus.contains(QStringLiteral("文件(F)")), qPrintable(menus.join(u'|')));
        for (const char *english : {"&File", "F&unction", "&Tools", "&View"})
            QVERIFY2(menus.contains(plain(translated("lambdesk::MainWindow", english))), english);
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
        QVERIFY(i18n::install(QStringLiteral("de")));
    }
};

QTEST_MAIN(TestGermanWindow)
#include "tst_germanwindow.moc"
