#include "backendhost.h"
#include "common/invocationcontroller.h"
#include "editor/codeeditor.h"
#include "logs/logfilterproxy.h"
#include "logs/logmodel.h"
#include "logs/logview.h"
#include "mainwindow.h"
#include "results/resultpanel.h"
#include "store/catalogs.h"
#include "test/invokeoptions.h"
#include "test/savedeventcombo.h"
#include "test/templatepicker.h"
#include "test/testpage.h"
#include "widgettestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <cmath>
#include <memory>

#include "widgettestsupport.h"

using namespace lambdesk;
using widgettestsupport::readFile;
using widgettestsupport::contrastRatio;

class TestTestPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_workspace;

    // A window on the workspace (a new one unless `keep`), the function selected and its Test tab ready.
    TestPage *open(const QString &function = QStringLiteral("hello-python"))
    {
        Backend::Options options;
        options.workspace = m_workspace;
        options.seedDemo = true;
        m_window = std::make_unique<MainWindow>(
            options, widgettestsupport::settingsFile(m_dir.filePath(QStringLiteral("settings.ini"))));
        QSignalSpy ready(m_window.get(), &MainWindow::ready);
        if (!ready.wait(widgettestsupport::backendStartMs()) || !ready.first().first().toBool())
            return nullptr;
        TestPage *page = m_window->testPage();
        page->setPrompt([](const QString &, QMessageBox::StandardButtons) { return QMessageBox::Cancel; });
        m_window->selectFunction(function);
        if (!waitForEvents(page, function))
            return nullptr;
        return page;
    }

    // The page shows `function` and its events were read (an event opened, or a new one started).
    static bool waitForEvents(TestPage *page, const QString &function)
    {
        // The events are read, then one is opened (or a new one started): both say so.
        return widgettestsupport::Waiter()
            .on(page, &TestPage::eventsReloaded)
            .on(page, &TestPage::eventOpened)
            .on(page->eventEditor(), &QsciScintilla::textChanged)
            .until([&] {
                return page->function().name == function
                    && (page->isCreating() ? !page->eventEditor()->text().isEmpty() : !page->savedEvent().isNull())
                    && page->savedEvents()->count() > 0;
            });
    }

    InvocationController *controller() const { return m_window->findChild<InvocationController *>(); }

    // Invokes through the page and waits for the outcome.
    bool invokeAndWait(TestPage *page)
    {
        // A run ends on the channel; an Event acceptance or a DryRun is answered; a refusal fails.
        QSignalSpy finished(controller(), &InvocationController::invocationFinished);
        QSignalSpy answered(controller(), &InvocationController::invocationAnswered);
        QSignalSpy failed(controller(), &InvocationController::invocationFailed);
        page->invoke();
        widgettestsupport::Waiter()
            .on(controller(), &InvocationController::invocationFinished)
            .on(controller(), &InvocationController::invocationAnswered)
            .on(controller(), &InvocationController::invocationFailed)
            .until([&] { return !finished.isEmpty() || !answered.isEmpty() || !failed.isEmpty(); });
        return !finished.isEmpty() || !answered.isEmpty();
    }

    bool saveAndWait(TestPage *page)
    {
        QSignalSpy done(page, &TestPage::saveFinished);
        page->save();
        if (done.isEmpty() && !done.wait(10000))
            return false;
        return done.first().first().toBool();
    }

    QString privateEvent(const QString &function, const QString &name) const
    {
        return m_workspace + QStringLiteral("/functions/") + function + QStringLiteral("/events/") + name
            + QStringLiteral(".json");
    }
    QString sharedEvent(const QString &name) const
    {
        return m_workspace + QStringLiteral("/shared-events/") + name + QStringLiteral(".json");
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("ws-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
    }
    void cleanup() { m_window.reset(); }

    void templatesAreGroupedAndSearchable()
    {
        QVERIFY(catalogs::eventTemplates().size() >= 20);
        TestPage *page = open();
        QVERIFY(page);
        TemplatePicker *picker = page->templates();
        QAbstractItemModelTester tester(picker->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList groups;
        for (int g = 0; g < picker->model()->rowCount(); ++g)
            groups << picker->model()->item(g)->text();
        for (const char *service : {"API Gateway", "S3", "SQS", "SNS", "DynamoDB", "Kinesis", "EventBridge", "Cognito",
                                    "SES", "CloudFormation", "CloudWatch Logs", "Elastic Load Balancing", "Lambda"})
            QVERIFY2(groups.contains(QString::fromUtf8(service)), service);
        picker->setSearchText(QStringLiteral("s3"));
        int matches = 0;
        for (int g = 0; g < picker->proxy()->rowCount(); ++g)
            matches += picker->proxy()->rowCount(picker->proxy()->index(g, 0));
        QCOMPARE(matches, 2); // S3 Put and S3 Delete
        picker->setSearchText(QStringLiteral("kinesis"));
        QCOMPARE(picker->proxy()->rowCount(), 1); // the Kinesis group, both of its templates
        QCOMPARE(picker->proxy()->rowCount(picker->proxy()->index(0, 0)), 2);
        picker->popup()->hide();
    }

    void pickTemplateAndInvoke()
    {
        TestPage *page = open();
        QVERIFY(page);
        page->newEvent();
        QVERIFY(page->isCreating());
        QVERIFY(page->templates()->choose(QStringLiteral("s3-put")));
        QVERIFY(page->eventEditor()->text().contains(QLatin1String("ObjectCreated:Put")));
        QVERIFY(invokeAndWait(page));
        ResultPanel *results = page->results();
        QVERIFY2(results->statusText().startsWith(QLatin1String("Succeeded")), qPrintable(results->statusText()));
        QVERIFY(results->responseText().contains(QLatin1String("\"statusCode\": 200")));
        QVERIFY(results->responseText().contains(QLatin1String("Hello, world!")));
        QVERIFY(results->logText().contains(QLatin1String("REPORT RequestId: ") + results->requestId()));
        QVERIFY(results->summaryText().contains(QLatin1String("Resources configured: 128 MB")));
        QVERIFY(results->summaryText().contains(QLatin1String("Request ID: ") + results->requestId()));
        // Ctrl+Enter from other tabs sends the same event.
        QVERIFY(controller()->currentPayload(QStringLiteral("hello-python")).contains("ObjectCreated:Put"));
    }

    // The qualifier list offers $LATEST, the versions and the aliases (and follows a publish or a
    // new alias); invoking with one runs that version, and the result says which ran and through
    // which alias.
    void qualifierRunsAVersionOrAnAlias()
    {
        TestPage *page = open();
        QVERIFY(page);
        QComboBox *qualifiers = page->invokeOptions()->qualifierCombo();
        const auto items = [qualifiers] {
            QStringList out;
            for (int i = 0; i < qualifiers->count(); ++i)
                out << qualifiers->itemText(i);
            return out;
        };
        QCOMPARE(items(), QStringList{QStringLiteral("$LATEST")});
        const auto made = widgettestsupport::callAndWait(*m_window->host(), [](Backend &b) {
            const QString fn = QStringLiteral("hello-python");
            return b.publishVersion({fn, QStringLiteral("v1"), {}, {}}).ok()
                && b.saveCodeFile(fn, QStringLiteral("lambda_function.py"),
                                  "def lambda_handler(event, context):\n    return 'two'\n")
                       .ok()
                && b.publishVersion({fn, QStringLiteral("v2"), {}, {}}).ok()
                && b.createAlias(fn, QStringLiteral("live"), QStringLiteral("1")).ok();
        });
        QVERIFY(made.value_or(false));
        QVERIFY(widgettestsupport::Waiter().on(page, &TestPage::qualifiersLoaded).until([&] {
            return items()
                == QStringList{QStringLiteral("$LATEST"), QStringLiteral("2"), QStringLiteral("1"),
                               QStringLiteral("live")};
        }));

        qualifiers->setCurrentIndex(qualifiers->findText(QStringLiteral("live")));
        QVERIFY(invokeAndWait(page));
        ResultPanel *results = page->results();
        QVERIFY2(results->statusText().startsWith(QLatin1String("Succeeded")), qPrintable(results->statusText()));
        QVERIFY2(results->summaryText().contains(QLatin1String("Function version: Version 1 (alias live)")),
                 qPrintable(results->summaryText()));
        QVERIFY(results->responseText().contains(QLatin1String("Hello")));

        qualifiers->setCurrentIndex(qualifiers->findText(QStringLiteral("2")));
        QVERIFY(invokeAndWait(page));
        QVERIFY2(results->summaryText().contains(QLatin1String("Function version: Version 2\n")),
                 qPrintable(results->summaryText()));
        QVERIFY(results->responseText().contains(QLatin1String("two")));
        QVERIFY(controller()->lastResult(QStringLiteral("hello-python"))->executedVersion == QLatin1String("2"));
    }

    void invalidJsonShowsPositionAndBlocks()
    {
        TestPage *page = open();
        QVERIFY(page);
        const QString before = QString::fromUtf8(
            readFile(privateEvent(QStringLiteral("hello-python"), QStringLiteral("hello"))));
        page->eventEditor()->setText(QStringLiteral("{\n  \"name\": \"Ada\",\n  oops\n}\n"));
        QVERIFY2(page->jsonMessage().startsWith(QLatin1String("Line 3, column 3:")), qPrintable(page->jsonMessage()));
        QVERIFY(!page->invokeButton()->isEnabled());
        QVERIFY(!page->saveButton()->isEnabled());
        // The red marker sits on the error's line (0-based 2).
        QVERIFY(page->eventEditor()->markersAtLine(2) != 0);
        QCOMPARE(page->eventEditor()->markersAtLine(0), 0u);

        QSignalSpy started(controller(), &InvocationController::invocationStarted);
        page->invoke();
        QCOMPARE(started.count(), 0);
        QVERIFY(page->jsonMessage().contains(QLatin1String("Line 3, column 3")));
        QSignalSpy saved(page, &TestPage::saveFinished);
        page->save();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toBool(), false);
        QVERIFY(page->formMessage().contains(QLatin1String("Line 3, column 3")));
        QCOMPARE(QString::fromUtf8(readFile(privateEvent(QStringLiteral("hello-python"), QStringLiteral("hello")))),
                 before);

        // Fixing it clears the marker and the message.
        page->eventEditor()->setText(QStringLiteral("{\"name\": \"Bo\"}"));
        QVERIFY(page->jsonMessage().isEmpty());
        QCOMPARE(page->eventEditor()->markersAtLine(2), 0u);
        QVERIFY(page->invokeButton()->isEnabled());
        page->formatEvent();
        QCOMPARE(page->eventEditor()->text(), QStringLiteral("{\n  \"name\": \"Bo\"\n}\n"));
    }

    // Issue 10, item 1: after a JSON error, what the user types after the error's position was
    // drawn in the paper's colour (the lexer's error style, white text on red paper, had got the
    // theme's white paper). Every typed character must be drawn in a colour that stands out from
    // what it is drawn on, in the light theme and in the dark one.
    void textAfterAJsonErrorStaysVisible_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void textAfterAJsonErrorStaysVisible()
    {
        QFETCH(bool, dark);
        TestPage *page = open();
        QVERIFY(page);
        CodeEditor *editor = page->eventEditor();
        if (dark) {
            QPalette palette = editor->palette();
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
            editor->setPalette(palette);
        }
        QVERIFY(editor->isDark() == dark);
        page->newEvent();
        QVERIFY(page->templates()->choose(QStringLiteral("apigateway-http-api-v2")));
        // Line 2 is `  "version": "2.0",`: delete its comma and type " oops", as the user did.
        const QString line2 = editor->text(1);
        QVERIFY2(line2.trimmed().endsWith(u','), qPrintable(line2));
        editor->setFocus();
        const int comma = int(line2.trimmed().size() + line2.indexOf(line2.trimmed()) - 1);
        editor->setCursorPosition(1, comma + 1);
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClicks(editor, QStringLiteral(" oops"));
        QCOMPARE(editor->text(1).trimmed(), QStringLiteral("\"version\": \"2.0\" oops"));
        QVERIFY2(page->jsonMessage().startsWith(QLatin1String("Line 2")), qPrintable(page->jsonMessage()));

        // Style the whole text now (Scintilla styles lazily, when it paints).
        editor->SendScintilla(QsciScintilla::SCI_COLOURISE, 0L, -1L);
        const long lineStart = editor->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, 1L);
        const long from = lineStart + editor->text(1).indexOf(QLatin1String(" oops"));
        const auto bgr = [](long v) { return QColor(int(v & 0xff), int((v >> 8) & 0xff), int((v >> 16) & 0xff)); };
        for (long pos = from + 1; pos < from + 5; ++pos) { // o, o, p, s
            const long style = editor->SendScintilla(QsciScintilla::SCI_GETSTYLEAT, pos) & 0xff;
            QColor fore = bgr(editor->SendScintilla(QsciScintilla::SCI_STYLEGETFORE, style));
            QColor back = bgr(editor->SendScintilla(QsciScintilla::SCI_STYLEGETBACK, style));
            // The error's character sits in a translucent box drawn under the text, and an
            // indicator may give it a text colour of its own.
            const long on = editor->SendScintilla(QsciScintilla::SCI_INDICATORALLONFOR, pos);
            for (int i = 0; i < 32; ++i) {
                if (!(on & (1L << i)))
                    continue;
                const long kind = editor->SendScintilla(QsciScintilla::SCI_INDICGETSTYLE, i);
                const QColor colour = bgr(editor->SendScintilla(QsciScintilla::SCI_INDICGETFORE, i));
                if (kind == QsciScintilla::INDIC_TEXTFORE) {
                    fore = colour;
                } else if (kind == QsciScintilla::INDIC_STRAIGHTBOX || kind == QsciScintilla::INDIC_FULLBOX) {
                    const double a = editor->SendScintilla(QsciScintilla::SCI_INDICGETALPHA, i) / 255.0;
                    back = QColor::fromRgbF(float(back.redF() * (1 - a) + colour.redF() * a),
                                            float(back.greenF() * (1 - a) + colour.greenF() * a),
                                            float(back.blueF() * (1 - a) + colour.blueF() * a));
                }
            }
            QVERIFY2(contrastRatio(fore, back) >= 3.0,
                     qPrintable(QStringLiteral("character %1 (style %2): %3 on %4")
                                    .arg(pos - from)
                                    .arg(style)
                                    .arg(fore.name(), back.name())));
        }
    }

    void eventNameIsValidated()
    {
        TestPage *page = open();
        QVERIFY(page);
        page->newEvent();
        page->nameEdit()->setText(QStringLiteral("has space"));
        QVERIFY(!page->saveButton()->isEnabled());
        QVERIFY(!saveAndWait(page));
        QVERIFY(page->formMessage().contains(QLatin1String("Event name must be 1 to 25")));
        page->nameEdit()->setText(QString(26, u'a'));
        QVERIFY(!saveAndWait(page));
        QVERIFY(page->formMessage().contains(QLatin1String("got")));
        page->nameEdit()->setText(QStringLiteral("hello")); // taken by a private event
        QVERIFY(!saveAndWait(page));
        QVERIFY(page->formMessage().contains(QStringLiteral("already has a private event named “hello”")));
    }

    void savePrivateRenameDelete()
    {
        TestPage *page = open();
        QVERIFY(page);
        const QString fn = QStringLiteral("hello-python");
        QAbstractItemModelTester tester(page->savedEvents()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->newEvent();
        page->nameEdit()->setText(QStringLiteral("first.event"));
        page->eventEditor()->setText(QStringLiteral("{\"name\": \"First\"}"));
        QVERIFY(saveAndWait(page));
        QCOMPARE(readFile(privateEvent(fn, QStringLiteral("first.event"))), QByteArray("{\"name\": \"First\"}"));
        QVERIFY(!page->isCreating());
        QCOMPARE(page->savedEvent(), (EventRef{false, QStringLiteral("first.event")}));
        QVERIFY(page->savedEvents()->privateNames().contains(QStringLiteral("first.event")));
        QVERIFY(!page->isDirty());

        // Rename: the new file is written, the old one goes.
        page->nameEdit()->setText(QStringLiteral("renamed_event"));
        QVERIFY(page->isDirty());
        QVERIFY(saveAndWait(page));
        QVERIFY(QFile::exists(privateEvent(fn, QStringLiteral("renamed_event"))));
        QVERIFY(!QFile::exists(privateEvent(fn, QStringLiteral("first.event"))));
        QVERIFY(!page->savedEvents()->privateNames().contains(QStringLiteral("first.event")));

        // Delete (confirmed).
        page->setPrompt([](const QString &, QMessageBox::StandardButtons) { return QMessageBox::Yes; });
        QSignalSpy reloaded(page, &TestPage::eventsReloaded);
        page->deleteEvent();
        QVERIFY(reloaded.wait(10000));
        QVERIFY(!QFile::exists(privateEvent(fn, QStringLiteral("renamed_event"))));
        QVERIFY(!page->savedEvents()->privateNames().contains(QStringLiteral("renamed_event")));

        // After reopening the workspace, what was saved is what is listed.
        m_window.reset();
        page = open();
        QVERIFY(page);
        QCOMPARE(page->savedEvents()->privateNames(),
                 (QStringList{QStringLiteral("hello"), QStringLiteral("no-name")}));
    }

    void shareableEventsReachEveryFunction()
    {
        TestPage *page = open();
        QVERIFY(page);
        page->newEvent();
        page->nameEdit()->setText(QStringLiteral("shared-one"));
        page->shareableButton()->setChecked(true);
        page->eventEditor()->setText(QStringLiteral("{\"name\": \"Everyone\"}"));
        QVERIFY(saveAndWait(page));
        QCOMPARE(readFile(sharedEvent(QStringLiteral("shared-one"))), QByteArray("{\"name\": \"Everyone\"}"));
        QVERIFY(!QFile::exists(privateEvent(QStringLiteral("hello-python"), QStringLiteral("shared-one"))));

        // Another function lists it, and after a restart too.
        m_window->selectFunction(QStringLiteral("hello-node"));
        QVERIFY(waitForEvents(page, QStringLiteral("hello-node")));
        QCOMPARE(page->savedEvents()->sharedNames(), QStringList{QStringLiteral("shared-one")});
        m_window.reset();
        page = open(QStringLiteral("hello-node"));
        QVERIFY(page);
        QCOMPARE(page->savedEvents()->sharedNames(), QStringList{QStringLiteral("shared-one")});

        // Open it, make it private to hello-node (a move), then rename it back to shareable and delete.
        QSignalSpy opened(page, &TestPage::eventOpened);
        page->openEvent(EventRef{true, QStringLiteral("shared-one")});
        QVERIFY(opened.wait(10000));
        QCOMPARE(page->eventEditor()->text(), QStringLiteral("{\"name\": \"Everyone\"}"));
        QVERIFY(page->shareableButton()->isChecked());
        page->privateButton()->setChecked(true);
        QVERIFY(saveAndWait(page));
        QVERIFY(!QFile::exists(sharedEvent(QStringLiteral("shared-one"))));
        QVERIFY(QFile::exists(privateEvent(QStringLiteral("hello-node"), QStringLiteral("shared-one"))));
        page->shareableButton()->setChecked(true);
        page->nameEdit()->setText(QStringLiteral("shared-two"));
        QVERIFY(saveAndWait(page));
        QVERIFY(QFile::exists(sharedEvent(QStringLiteral("shared-two"))));
        QVERIFY(!QFile::exists(privateEvent(QStringLiteral("hello-node"), QStringLiteral("shared-one"))));
        page->setPrompt([](const QString &, QMessageBox::StandardButtons) { return QMessageBox::Yes; });
        QSignalSpy reloaded(page, &TestPage::eventsReloaded);
        page->deleteEvent();
        QVERIFY(reloaded.wait(10000));
        QVERIFY(!QFile::exists(sharedEvent(QStringLiteral("shared-two"))));
        QVERIFY(page->savedEvents()->sharedNames().isEmpty());
    }

    void eleventhPrivateEventIsRefused()
    {
        TestPage *page = open();
        QVERIFY(page);
        const QString fn = QStringLiteral("hello-python");
        for (int i = 3; i <= 10; ++i) {
            page->newEvent();
            page->nameEdit()->setText(QStringLiteral("event-%1").arg(i));
            QVERIFY(saveAndWait(page));
        }
        QCOMPARE(page->savedEvents()->privateNames().size(), 10);
        QVERIFY(page->privateButton()->text().contains(QLatin1String("10 of 10")));
        page->newEvent();
        page->nameEdit()->setText(QStringLiteral("event-11"));
        QVERIFY(!saveAndWait(page));
        QVERIFY2(page->formMessage().contains(QLatin1String("at most 10 private test events")),
                 qPrintable(page->formMessage()));
        QVERIFY(!QFile::exists(privateEvent(fn, QStringLiteral("event-11"))));
        QVERIFY(page->isCreating()); // nothing lost: still the new event, with its name
        QCOMPARE(page->nameEdit()->text(), QStringLiteral("event-11"));
        // As the message says: shareable works.
        page->shareableButton()->setChecked(true);
        QVERIFY(saveAndWait(page));
        QVERIFY(QFile::exists(sharedEvent(QStringLiteral("event-11"))));
    }

    void switchingEventsAsksAboutUnsavedEdits()
    {
        TestPage *page = open();
        QVERIFY(page);
        QCOMPARE(page->savedEvent().name, QStringLiteral("hello"));
        const QString edited = QStringLiteral("{\"name\": \"Edited\"}");
        page->eventEditor()->setText(edited);
        QVERIFY(page->isDirty());
        QVERIFY(page->hasUnsavedChanges());

        QString asked;
        page->setPrompt([&](const QString &text, QMessageBox::StandardButtons) {
            asked = text;
            return QMessageBox::Cancel;
        });
        page->openEvent(EventRef{false, QStringLiteral("no-name")});
        QVERIFY(asked.contains(QStringLiteral("“hello” has unsaved changes")));
        QCOMPARE(page->eventEditor()->text(), edited);
        QCOMPARE(page->savedEvent().name, QStringLiteral("hello"));

        // Switching through the combo, as a user does, asks too; Save writes, then switches.
        page->setPrompt([](const QString &, QMessageBox::StandardButtons) { return QMessageBox::Save; });
        SavedEventCombo *combo = page->savedEvents();
        QSignalSpy opened(page, &TestPage::eventOpened);
        int row = -1;
        for (int i = 0; i < combo->count(); ++i)
            if (combo->itemText(i).trimmed() == u"no-name")
                row = i;
        QVERIFY(row > 0);
        combo->setCurrentIndex(row);
        Q_EMIT combo->activated(row);
        QVERIFY(opened.wait(10000));
        QCOMPARE(page->savedEvent().name, QStringLiteral("no-name"));
        QCOMPARE(readFile(privateEvent(QStringLiteral("hello-python"), QStringLiteral("hello"))), edited.toUtf8());

        // Discard drops the edits.
        page->eventEditor()->setText(QStringLiteral("{\"dropped\": true}"));
        page->setPrompt([](const QString &, QMessageBox::StandardButtons) { return QMessageBox::Discard; });
        page->openEvent(EventRef{false, QStringLiteral("hello")});
        QVERIFY(opened.wait(10000));
        QCOMPARE(page->eventEditor()->text(), edited);
        QCOMPARE(readFile(privateEvent(QStringLiteral("hello-python"), QStringLiteral("no-name"))).trimmed(),
                 QByteArray("{}"));
    }

    void draftSurvivesSwitchingFunctions()
    {
        TestPage *page = open();
        QVERIFY(page);
        const QString edited = QStringLiteral("{\"name\": \"Draft\"}");
        page->eventEditor()->setText(edited);
        m_window->selectFunction(QStringLiteral("hello-node"));
        QVERIFY(waitForEvents(page, QStringLiteral("hello-node")));
        QVERIFY(page->eventEditor()->text() != edited);
        QVERIFY(page->hasUnsavedChanges()); // the draft of hello-python counts
        m_window->selectFunction(QStringLiteral("hello-python"));
        QVERIFY(waitForEvents(page, QStringLiteral("hello-python")));
        // The draft comes back once the events are read (the editor's text is set then).
        QVERIFY(widgettestsupport::Waiter()
                    .on(page->eventEditor(), &QsciScintilla::textChanged)
                    .on(page, &TestPage::eventsReloaded)
                    .until([&] { return page->eventEditor()->text() == edited; }));
        QCOMPARE(page->eventEditor()->text(), edited);
        QVERIFY(page->isDirty());
        QCOMPARE(page->savedEvent().name, QStringLiteral("hello"));
    }

    void lastResultSurvivesRestart()
    {
        TestPage *page = open();
        QVERIFY(page);
        QVERIFY(invokeAndWait(page));
        const QString requestId = page->results()->requestId();
        QVERIFY(!requestId.isEmpty());
        QVERIFY(page->results()->responseText().contains(QLatin1String("Hello, Ada!")));
        m_window.reset();

        page = open();
        QVERIFY(page);
        // The stored results arrive from the database after the function is shown.
        QVERIFY(widgettestsupport::Waiter().on(controller(), &InvocationController::historyLoaded).until([&] {
            return page->results()->requestId() == requestId;
        }));
        QCOMPARE(page->results()->requestId(), requestId);
        ResultPanel *results = page->results();
        QVERIFY(results->statusText().startsWith(QLatin1String("Succeeded")));
        QVERIFY(results->responseText().contains(QLatin1String("Hello, Ada!")));
        QVERIFY(results->logText().contains(QLatin1String("Saying hello to Ada")));
        QVERIFY(results->logText().contains(QLatin1String("REPORT RequestId: ") + requestId));
        QVERIFY(results->summaryText().contains(QLatin1String("Log stream: ")));
        QVERIFY(!results->summaryText().contains(QStringLiteral("Log stream: —")));

        // "Show in log" for it: the log view reads that request's lines back from the database.
        LogView view(m_window->logModel());
        view.setHost(m_window->host());
        QSignalSpy reveal(&view, &LogView::revealRequested);
        QObject::connect(results, &ResultPanel::showInLogRequested, &view, &LogView::showRequest);
        Q_EMIT results->showInLogRequested(requestId);
        QCOMPARE(reveal.count(), 1);
        // The lines are read back from the database, then inserted into the model.
        QVERIFY(widgettestsupport::Waiter()
                    .on(view.proxy(), &QAbstractItemModel::rowsInserted)
                    .on(view.proxy(), &QAbstractItemModel::modelReset)
                    .on(view.proxy(), &QAbstractItemModel::layoutChanged)
                    .until([&] { return view.visibleRows() >= 4; })); // START, the print, END, REPORT
        QVERIFY(!view.isFollowing());
        for (int row = 0; row < view.visibleRows(); ++row)
            QCOMPARE(view.proxy()->index(row, 0).data(LogModel::RequestIdRole).toString(), requestId);
    }

    void stackFrameLinkEmitsFileAndLine()
    {
        TestPage *page = open();
        QVERIFY(page);
        QVERIFY(m_window->host());
        // Recorded on the backend thread during createFunction, so before its answer comes back
        // (waiting on the spy instead could start after the emission and miss it); queued to
        // this thread, so it is read where it is written, and it arrives before the answer.
        widgettestsupport::QueuedSpy created(m_window->host()->backend(), &Backend::functionsChanged);
        const auto createdOk = widgettestsupport::callAndWait(*m_window->host(), [](Backend &b) {
            FunctionConfig c;
            c.name = QStringLiteral("errors-py");
            c.runtime = b.runtimes().preferred(RuntimeFamily::Python)->id;
            return bool(b.createFunction(c, CodeSource::blueprint(QStringLiteral("error-handling"))));
        });
        QVERIFY(createdOk.value_or(false));
        QVERIFY(created.count() > 0);
        m_window->selectFunction(QStringLiteral("errors-py"));
        QVERIFY(waitForEvents(page, QStringLiteral("errors-py")));
        QSignalSpy opened(page, &TestPage::eventOpened);
        page->openEvent(EventRef{false, QStringLiteral("bad-input")});
        QVERIFY(opened.count() > 0 || opened.wait(10000));
        QVERIFY(invokeAndWait(page));

        ResultPanel *results = page->results();
        QVERIFY2(results->statusText().startsWith(QStringLiteral("Failed — ValidationError")),
                 qPrintable(results->statusText()));
        QVERIFY(results->errorText().contains(QLatin1String("quantity must be a whole number >= 1, got -3")));
        const auto frames = results->linkedFrames();
        QVERIFY(frames.size() >= 2); // lambda_handler -> validate, in the error view (and the log's traceback)
        const QString file = m_workspace + QStringLiteral("/functions/errors-py/code/lambda_function.py");
        QCOMPARE(frames.first().path, file);
        // The frame's line is where `validate(event)` is called in the handler.
        const QList<QByteArray> source = readFile(file).split('\n');
        QVERIFY(frames.first().line > 0 && frames.first().line <= source.size());
        QVERIFY(source.at(frames.first().line - 1).contains("validate(event)"));
        QVERIFY(source.at(frames.at(1).line - 1).contains("raise ValidationError"));

        QSignalSpy link(results, &ResultPanel::sourceLinkActivated);
        // A click on the first link of the error view.
        auto *errorView = results->findChild<QTextBrowser *>(QStringLiteral("errorView"));
        QVERIFY(errorView && errorView->toHtml().contains(QLatin1String("href=\"frame:0\"")));
        Q_EMIT errorView->anchorClicked(QUrl(QStringLiteral("frame:0")));
        QCOMPARE(link.count(), 1);
        QCOMPARE(link.first().at(0).toString(), file);
        QCOMPARE(link.first().at(1).toInt(), frames.first().line);
        results->activateLink(1);
        QCOMPARE(link.count(), 2);
        QCOMPARE(link.last().at(1).toInt(), frames.at(1).line);

        // Node (ESM): the trace's file:// URLs become paths of the function's code.
        // Recorded on the backend thread during createFunction, so before its answer comes back
        // (waiting on the spy instead could start after the emission and miss it); queued to
        // this thread, so it is read where it is written, and it arrives before the answer.
        widgettestsupport::QueuedSpy createdNode(m_window->host()->backend(), &Backend::functionsChanged);
        const auto createdNodeOk = widgettestsupport::callAndWait(*m_window->host(), [](Backend &b) {
            FunctionConfig c;
            c.name = QStringLiteral("errors-node");
            c.runtime = b.runtimes().preferred(RuntimeFamily::Node)->id;
            return bool(b.createFunction(c, CodeSource::blueprint(QStringLiteral("error-handling"))));
        });
        QVERIFY(createdNodeOk.value_or(false));
        QVERIFY(createdNode.count() > 0);
        m_window->selectFunction(QStringLiteral("errors-node"));
        QVERIFY(waitForEvents(page, QStringLiteral("errors-node")));
        page->openEvent(EventRef{false, QStringLiteral("bug")});
        QVERIFY(widgettestsupport::Waiter().on(page, &TestPage::eventOpened).until([&] {
            return page->savedEvent().name == QStringLiteral("bug");
        }));
        QCOMPARE(page->savedEvent().name, QStringLiteral("bug"));
        QVERIFY(invokeAndWait(page));
        QVERIFY2(results->statusText().startsWith(QStringLiteral("Failed — TypeError")),
                 qPrintable(results->statusText()));
        const QString nodeFile = m_workspace + QStringLiteral("/functions/errors-node/code/index.mjs");
        QVERIFY(!results->linkedFrames().isEmpty());
        QCOMPARE(results->linkedFrames().first().path, nodeFile);
        const QList<QByteArray> nodeSource = readFile(nodeFile).split('\n');
        const int nodeLine = results->linkedFrames().first().line;
        QVERIFY(nodeLine > 0 && nodeLine <= nodeSource.size());
        QVERIFY(nodeSource.at(nodeLine - 1).contains("event.missing.total"));
        link.clear();
        results->activateLink(0);
        QCOMPARE(link.count(), 1);
        QCOMPARE(link.first().at(0).toString(), nodeFile);
        QCOMPARE(link.first().at(1).toInt(), nodeLine);
    }

    void eventTypeReachesTheBackend()
    {
        TestPage *page = open();
        QVERIFY(page);
        page->invokeOptions()->setType(InvocationType::Event);
        QCOMPARE(page->invokeOptions()->type(), InvocationType::Event);
        // 1.1 MB is fine synchronously (6 MB) but over the asynchronous limit (1 MB): only an
        // Event invocation is refused, which shows the type went all the way to Backend::invoke.
        page->eventEditor()->setText(QStringLiteral("{\"blob\": \"%1\"}").arg(QString(1100 * 1024, u'a')));
        QVERIFY(page->jsonMessage().isEmpty());
        QSignalSpy failed(controller(), &InvocationController::invocationFailed);
        page->invoke();
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().at(2).toString().contains(QLatin1String("asynchronous")));
        QVERIFY(page->results()->statusText().startsWith(QLatin1String("Could not invoke: ")));
        QVERIFY(page->results()->statusText().contains(QLatin1String("asynchronous invocation")));
    }

    // The closed type list shows its full choice when it fits, AWS's short name when the row
    // is narrow (a projector, a longer language), elided only when even that does not fit.
    void typeListShortensWhenNarrow()
    {
        InvokeOptions options;
        QComboBox *combo = options.typeCombo();
        options.show();
        combo->setFixedWidth(combo->sizeHint().width());
        QCOMPARE(options.typeShownText(), QStringLiteral("Synchronous (RequestResponse)"));
        const int shortWidth = combo->fontMetrics().horizontalAdvance(QStringLiteral("RequestResponse"));
        combo->setFixedWidth(combo->sizeHint().width() - combo->fontMetrics().horizontalAdvance(QStringLiteral("Synchronous")));
        QCOMPARE(options.typeShownText(), QStringLiteral("RequestResponse"));
        options.setType(InvocationType::DryRun);
        QCOMPARE(options.typeShownText(), QStringLiteral("DryRun"));
        options.setType(InvocationType::RequestResponse);
        combo->setFixedWidth(combo->sizeHint().width() - combo->fontMetrics().horizontalAdvance(QStringLiteral("Synchronous"))
                             - shortWidth / 2);
        const QString elided = options.typeShownText();
        QVERIFY2(elided.startsWith(QLatin1String("Req")) && elided.endsWith(QChar(0x2026)), qPrintable(elided));
        QCOMPARE(combo->currentText(), QStringLiteral("Synchronous (RequestResponse)")); // the choice itself is whole
    }

    // The title ("Test event — hello") stands beside the buttons where it fits there on one
    // line, and moves above them on a narrow page instead of wrapping word by word.
    void titleMovesAboveTheButtonsWhenNarrow()
    {
        TestPage *page = open();
        QVERIFY(page);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->tabs()->setCurrentWidget(page);
        QLabel *title = page->title();
        QPushButton *test = page->invokeButton();
        const auto top = [&](QWidget *w) { return w->mapTo(page, QPoint(0, 0)).y(); };
        // The height its text needs at its width: under two lines is one line.
        const int oneLine = title->fontMetrics().lineSpacing() * 3 / 2;
        const auto textHeight = [&] { return title->heightForWidth(title->width()); };

        m_window->resize(1900, 1000);
        QVERIFY(QTest::qWaitFor([&] { return !page->titleAbove() && title->isVisible() && title->height() > 0; }));
        QVERIFY(QTest::qWaitFor([&] { return top(title) < top(test) + test->height() && top(test) < top(title) + title->height(); }));
        QVERIFY2(textHeight() < oneLine, qPrintable(QString::number(textHeight())));
        QVERIFY(title->text().contains(QLatin1String("hello")));

        m_window->resize(m_window->minimumSizeHint().width(), 640);
        QVERIFY(QTest::qWaitFor([&] { return page->titleAbove(); }));
        QVERIFY(QTest::qWaitFor([&] { return top(title) + title->height() <= top(test); }));
        QVERIFY2(textHeight() < oneLine, qPrintable(QString::number(textHeight()))); // one line, not three

        m_window->resize(1900, 1000); // and back beside them
        QVERIFY(QTest::qWaitFor([&] { return !page->titleAbove(); }));
        QVERIFY(QTest::qWaitFor([&] { return top(title) < top(test) + test->height(); }));
    }

    void dryRunValidatesWithoutRunning()
    {
        TestPage *page = open();
        QVERIFY(page);
        page->invokeOptions()->setType(InvocationType::DryRun);
        QCOMPARE(page->invokeOptions()->type(), InvocationType::DryRun);
        QCOMPARE(page->invokeOptions()->typeCombo()->currentText(), QStringLiteral("Validate only (DryRun)"));
        QCOMPARE(page->invokeOptions()->qualifier(), QStringLiteral("$LATEST"));
        // Nothing may run: the one channel announces every run, so it must stay silent.
        QSignalSpy started(controller(), &InvocationController::invocationStarted);
        QVERIFY(invokeAndWait(page));
        QVERIFY2(page->results()->statusText().startsWith(QLatin1String("Validated")),
                 qPrintable(page->results()->statusText()));
        QVERIFY(page->results()->summaryText().contains(QLatin1String("Invocation type: DryRun")));
        QVERIFY(page->results()->logText().trimmed().isEmpty());
        QVERIFY(!controller()->lastResult(QStringLiteral("hello-python"))); // nothing ran: no history
        QCOMPARE(started.count(), 0); // the backend announces a run before it answers the request
    }
};

QTEST_MAIN(TestTestPage)
#include "tst_testpage.moc"
