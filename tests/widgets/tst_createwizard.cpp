// The Create function wizard: blank and blueprint starts, the live name check, blueprint
// availability per runtime, the blueprint models, and the main window selecting the result.
#include "backendhost.h"
#include "code/codepage.h"
#include "config/memoryedit.h"
#include "config/timeoutedit.h"
#include "functions/functionlistmodel.h"
#include "mainwindow.h"
#include "store/catalogs.h"
#include "wizard/blueprintfiltermodel.h"
#include "wizard/blueprintlistmodel.h"
#include "wizard/createfunctionwizard.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>
#include <optional>

#include "widgettestsupport.h"

using namespace lambdesk;

namespace {

using widgettestsupport::callAndWait;
using widgettestsupport::StartedHost;

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

} // namespace

class tst_CreateWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StartedHost> m_env;
    QString m_python;

    std::unique_ptr<CreateFunctionWizard> makeWizard(const QStringList &taken = {QStringLiteral("taken-fn")})
    {
        auto wizard = std::make_unique<CreateFunctionWizard>(m_env->host.get(), taken);
        wizard->setRuntime(m_python);
        return wizard;
    }
    QString functionDir(const QString &name) const { return m_env->workspace() + QStringLiteral("/functions/") + name; }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<StartedHost>(StartedHost::Options{false, false});
        const RuntimeInfo *python = m_env->host->runtimes().preferred(RuntimeFamily::Python);
        QVERIFY2(python, "these tests create Python functions; install python3");
        m_python = python->id;
        FunctionConfig taken;
        taken.name = QStringLiteral("taken-fn");
        taken.runtime = m_python;
        auto r = callAndWait(*m_env->host,
                             [taken](Backend &b) { return b.createFunction(taken, CodeSource::blank()); });
        QVERIFY(r && r->ok());
    }

    void cleanup() { m_env.reset(); }

    void catalogTeaches()
    {
        // At least the eight kinds the console promises, each with test events.
        const QStringList required{QStringLiteral("hello-world-python"),
                                   QStringLiteral("hello-world-nodejs"),
                                   QStringLiteral("http-api"),
                                   QStringLiteral("s3-object-processor"),
                                   QStringLiteral("sqs-batch-processor"),
                                   QStringLiteral("scheduled-job"),
                                   QStringLiteral("cold-start-demo"),
                                   QStringLiteral("timeout-demo"),
                                   QStringLiteral("memory-demo")};
        for (const QString &id : required) {
            const Blueprint *b = catalogs::blueprint(id);
            QVERIFY2(b, qPrintable(id));
            QVERIFY2(!b->events.isEmpty(), qPrintable(id));
            QVERIFY(!b->title.isEmpty() && !b->summary.isEmpty() && !b->description.isEmpty());
        }
        BlueprintListModel model;
        QVERIFY(model.rowCount() >= 8);
        // Teaching order: hello world first.
        QCOMPARE(model.data(model.index(0), BlueprintListModel::IdRole).toString(),
                 QStringLiteral("hello-world-python"));
    }

    void modelsFollowRuntimeAndSearch()
    {
        BlueprintListModel model;
        BlueprintFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = model.rowCount();
        const QModelIndex nodeHello = model.index(model.rowOf(QStringLiteral("hello-world-nodejs")));
        const QModelIndex pyHello = model.index(model.rowOf(QStringLiteral("hello-world-python")));

        model.setFamily(RuntimeFamily::Python);
        QVERIFY(model.flags(pyHello) & Qt::ItemIsEnabled);
        QVERIFY(!(model.flags(nodeHello) & Qt::ItemIsEnabled));
        QCOMPARE(model.data(nodeHello, BlueprintListModel::ReasonRole).toString(),
                 QStringLiteral("Node.js only: choose a Node.js runtime to use it"));
        QCOMPARE(model.data(nodeHello, Qt::ToolTipRole), model.data(nodeHello, BlueprintListModel::ReasonRole));
        QCOMPARE(filter.rowCount(), all);
        filter.setOnlyAvailable(true);
        QCOMPARE(filter.rowCount(), all - 1);
        model.setFamily(RuntimeFamily::Node);
        QCOMPARE(filter.rowCount(), all - 1); // now the Python hello world is the one hidden
        QVERIFY(!(model.flags(pyHello) & Qt::ItemIsEnabled));
        model.setFamily(RuntimeFamily::Provided);
        QCOMPARE(filter.rowCount(), 0);
        QVERIFY(model.data(pyHello, BlueprintListModel::ReasonRole)
                    .toString()
                    .contains(QStringLiteral("author from scratch")));
        filter.setOnlyAvailable(false);
        model.setFamily(RuntimeFamily::Python);

        filter.setSearchText(QStringLiteral("sqs"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(BlueprintListModel::IdRole).toString(), QStringLiteral("sqs-batch-processor"));
        filter.setSearchText(QStringLiteral("timed out")); // words from the description
        QVERIFY(filter.rowCount() >= 1);
        filter.setSearchText(QStringLiteral("get-missing-item")); // an event name
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(BlueprintListModel::IdRole).toString(), QStringLiteral("http-api"));
        filter.setSearchText(QStringLiteral("no such blueprint anywhere"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearchText({});
        QCOMPARE(filter.rowCount(), all);
    }

    // Issue 10, item 11: a search ranks the blueprints whose title matches first and preselects
    // the best match ("memory" left Hello world selected, "cold" the HTTP API backend).
    void searchRanksTitleMatchesFirst_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("expected");
        QTest::newRow("memory") << QStringLiteral("memory") << QStringLiteral("memory-demo");
        QTest::newRow("cold") << QStringLiteral("cold") << QStringLiteral("cold-start-demo");
        QTest::newRow("timeout") << QStringLiteral("timeout") << QStringLiteral("timeout-demo");
        QTest::newRow("Memory used") << QStringLiteral("Memory used") << QStringLiteral("memory-demo");
        QTest::newRow("sqs") << QStringLiteral("sqs") << QStringLiteral("sqs-batch-processor");
    }
    void searchRanksTitleMatchesFirst()
    {
        QFETCH(QString, search);
        QFETCH(QString, expected);
        auto wizard = makeWizard();
        QAbstractItemModelTester tester(wizard->blueprintFilter(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        wizard->setStart(CreateFunctionWizard::Start::Blueprint);
        QCOMPARE(wizard->selectedBlueprint(), QStringLiteral("hello-world-python"));
        QTest::keyClicks(wizard->searchEdit(), search);
        QVERIFY(wizard->blueprintFilter()->rowCount() >= 1);
        QCOMPARE(wizard->blueprintFilter()->index(0, 0).data(BlueprintListModel::IdRole).toString(), expected);
        QCOMPARE(wizard->selectedBlueprint(), expected);
        QCOMPARE(wizard->nameEdit()->text(), expected); // the suggestion follows the selection
        // Clearing the search keeps the choice and shows every blueprint in teaching order again.
        wizard->searchEdit()->clear();
        QCOMPARE(wizard->selectedBlueprint(), expected);
        QCOMPARE(wizard->blueprintFilter()->index(0, 0).data(BlueprintListModel::IdRole).toString(),
                 QStringLiteral("hello-world-python"));
    }

    void invalidNamesRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("rule");
        QTest::newRow("space") << QStringLiteral("my function")
                               << QStringLiteral("may only contain letters, digits, hyphens (-) and underscores (_)");
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("may only contain letters, digits");
        QTest::newRow("65 chars") << QString(65, u'a') << QStringLiteral("must be at most 64 characters; got 65");
        QTest::newRow("taken") << QStringLiteral("taken-fn") << QStringLiteral("'taken-fn' is already taken");
    }

    void invalidNamesRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, rule);
        auto wizard = makeWizard();
        QAbstractItemModelTester tester(wizard->blueprintFilter(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClicks(wizard->nameEdit(), name); // typed, as a user would
        QVERIFY(wizard->nameError().startsWith(QStringLiteral("FunctionName")));
        QVERIFY2(wizard->nameError().contains(rule), qPrintable(wizard->nameError()));
        QCOMPARE(wizard->nameMessage()->text(), wizard->nameError()); // shown next to the field, live
        QVERIFY(!wizard->createButton()->isEnabled());

        QSignalSpy failed(wizard.get(), &CreateFunctionWizard::creationFailed);
        QVERIFY(!wizard->create());
        QCOMPARE(failed.count(), 1);
        QVERIFY(wizard->errorText().contains(rule));
        QVERIFY(!QFileInfo::exists(functionDir(name)) || name == u"taken-fn");
    }

    void emptyNameExplainsTheRule()
    {
        auto wizard = makeWizard();
        // Before typing: the rule, not a reproach.
        QVERIFY(wizard->nameMessage()->text().contains(QStringLiteral("1 to 64 letters")));
        QVERIFY(!wizard->createButton()->isEnabled());
        QVERIFY(!wizard->create());
        QVERIFY(wizard->errorText().contains(QStringLiteral("FunctionName is required")));
        QVERIFY(wizard->nameMessage()->text().contains(QStringLiteral("FunctionName is required")));
    }

    void createsBlankFunction()
    {
        auto wizard = makeWizard();
        QCOMPARE(wizard->start(), CreateFunctionWizard::Start::Scratch);
        QTest::keyClicks(wizard->nameEdit(), QStringLiteral("blank-fn"));
        QVERIFY(wizard->nameMessage()->text().contains(QStringLiteral("available")));
        QVERIFY(wizard->createButton()->isEnabled());
        QSignalSpy created(wizard.get(), &CreateFunctionWizard::functionCreated);
        QTest::mouseClick(wizard->createButton(), Qt::LeftButton);
        QVERIFY(created.wait(30000));
        QCOMPARE(wizard->result(), int(QDialog::Accepted));
        const auto config = created.first().at(0).value<FunctionConfig>();
        QCOMPARE(config.name, QStringLiteral("blank-fn"));
        QCOMPARE(config.handler, QStringLiteral("lambda_function.lambda_handler"));
        QVERIFY(QFile::exists(functionDir(QStringLiteral("blank-fn")) + QStringLiteral("/code/lambda_function.py")));
        const QJsonObject disk = readJson(functionDir(QStringLiteral("blank-fn")) + QStringLiteral("/function.json"));
        QCOMPARE(disk.value(QStringLiteral("Runtime")).toString(), m_python);
        QCOMPARE(disk.value(QStringLiteral("MemorySize")).toInt(), 128);
        QCOMPARE(disk.value(QStringLiteral("Timeout")).toInt(), 3);
        QVERIFY(
            QDir(functionDir(QStringLiteral("blank-fn")) + QStringLiteral("/events")).entryList(QDir::Files).isEmpty());
    }

    void createsFromBlueprint_data()
    {
        QTest::addColumn<QString>("blueprint");
        for (const Blueprint &b : catalogs::blueprints()) {
            if (b.supports(RuntimeFamily::Python))
                QTest::newRow(qPrintable(b.id)) << b.id;
        }
    }

    void createsFromBlueprint()
    {
        QFETCH(QString, blueprint);
        const Blueprint *b = catalogs::blueprint(blueprint);
        QVERIFY(b);
        auto wizard = makeWizard();
        QAbstractItemModelTester tester(wizard->blueprintModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(wizard->selectBlueprint(blueprint));
        QCOMPARE(wizard->start(), CreateFunctionWizard::Start::Blueprint);
        QCOMPARE(wizard->selectedBlueprint(), blueprint);
        // Defaults come from the blueprint, and so does a name suggestion.
        QCOMPARE(wizard->memoryEdit()->value(), b->memorySize);
        QCOMPARE(wizard->timeoutEdit()->value(), b->timeout);
        QCOMPARE(wizard->nameEdit()->text(), blueprint);
        // The details say what it teaches and which events come with it.
        const QString details = wizard->details()->toPlainText();
        QVERIFY(details.contains(b->title));
        for (const Blueprint::Event &e : b->events)
            QVERIFY2(details.contains(e.name), qPrintable(e.name));

        QSignalSpy created(wizard.get(), &CreateFunctionWizard::functionCreated);
        QVERIFY(wizard->create());
        QVERIFY(created.wait(30000));
        const QString dir = functionDir(blueprint);
        for (const Blueprint::Event &e : b->events) {
            const QString path = dir + QStringLiteral("/events/") + e.name + QStringLiteral(".json");
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), catalogs::readResource(e.resource));
        }
        const QJsonObject disk = readJson(dir + QStringLiteral("/function.json"));
        QCOMPARE(disk.value(QStringLiteral("Handler")).toString(), b->handlers.value(RuntimeFamily::Python));
        QCOMPARE(disk.value(QStringLiteral("Timeout")).toInt(), b->timeout);
        QCOMPARE(disk.value(QStringLiteral("MemorySize")).toInt(), b->memorySize);
        const QJsonObject vars =
            disk.value(QStringLiteral("Environment")).toObject().value(QStringLiteral("Variables")).toObject();
        QCOMPARE(vars.size(), b->environment.size());
        for (auto it = b->environment.cbegin(); it != b->environment.cend(); ++it)
            QCOMPARE(vars.value(it.key()).toString(), it.value());
        QVERIFY(QFile::exists(dir + u'/' + QStringLiteral("code/lambda_function.py")));
    }

    void typedNameAndSettingsAreKept()
    {
        auto wizard = makeWizard();
        QTest::keyClicks(wizard->nameEdit(), QStringLiteral("mine"));
        QVERIFY(wizard->selectBlueprint(QStringLiteral("sqs-batch-processor")));
        QCOMPARE(wizard->nameEdit()->text(), QStringLiteral("mine")); // a typed name is never replaced
        QCOMPARE(wizard->timeoutEdit()->value(), 30);
        wizard->memoryEdit()->spinBox()->setValue(512);
        wizard->timeoutEdit()->setValue(75);
        QCOMPARE(wizard->config().memorySize, 512);
        QCOMPARE(wizard->config().timeout, 75);
        wizard->memoryEdit()->spinBox()->setValue(20000);
        QVERIFY(!wizard->createButton()->isEnabled());
        QVERIFY(!wizard->create());
        QVERIFY(
            wizard->errorText().contains(QStringLiteral("MemorySize must be a whole number of MB from 128 to 10240")));
    }

    void suggestedNameAvoidsTakenOnes()
    {
        auto wizard = makeWizard({QStringLiteral("timeout-demo"), QStringLiteral("timeout-demo-2")});
        QVERIFY(wizard->selectBlueprint(QStringLiteral("timeout-demo")));
        QCOMPARE(wizard->nameEdit()->text(), QStringLiteral("timeout-demo-3"));
        QVERIFY(wizard->nameError().isEmpty());
    }

    void blueprintsFollowTheRuntime()
    {
        auto wizard = makeWizard();
        QAbstractItemModelTester tester(wizard->blueprintFilter(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(wizard->onlyLanguageBox()->text(), QStringLiteral("Only Python"));
        QVERIFY(!wizard->selectBlueprint(QStringLiteral("hello-world-nodejs"))); // disabled: no Python version
        QVERIFY(wizard->selectBlueprint(QStringLiteral("hello-world-python")));
        wizard->onlyLanguageBox()->setChecked(true);
        for (int row = 0; row < wizard->blueprintFilter()->rowCount(); ++row)
            QVERIFY(wizard->blueprintFilter()->index(row, 0).data(BlueprintListModel::AvailableRole).toBool());
        wizard->onlyLanguageBox()->setChecked(false);

        // Another language: a blueprint without it gives way to the first that has it.
        if (const RuntimeInfo *node = m_env->host->runtimes().preferred(RuntimeFamily::Node)) {
            QVERIFY(wizard->setRuntime(node->id));
            QCOMPARE(wizard->selectedBlueprint(), QStringLiteral("hello-world-nodejs"));
            QCOMPARE(wizard->nameEdit()->text(), QStringLiteral("hello-world-nodejs"));
            QVERIFY(wizard->selectBlueprint(QStringLiteral("http-api")));
            QVERIFY(wizard->setRuntime(m_python));
            QCOMPARE(wizard->selectedBlueprint(), QStringLiteral("http-api")); // it has both: kept
        }
        // A custom runtime has no blueprints: the selection goes and Create says why.
        QVERIFY(wizard->setRuntime(QStringLiteral("provided.al2023")));
        QCOMPARE(wizard->selectedBlueprint(), QString());
        QCOMPARE(wizard->nameEdit()->text(), QString()); // the suggestion went with the blueprint
        QVERIFY(!wizard->selectBlueprint(QStringLiteral("http-api")));
        QTest::keyClicks(wizard->nameEdit(), QStringLiteral("custom-fn"));
        QVERIFY(!wizard->createButton()->isEnabled());
        QCOMPARE(wizard->blocker(), QStringLiteral("Choose a blueprint, or author from scratch"));
        QVERIFY(wizard->details()->toPlainText().contains(QStringLiteral("Blueprints come in Python and Node.js")));
        // Authoring from scratch works with it.
        wizard->setStart(CreateFunctionWizard::Start::Scratch);
        QCOMPARE(wizard->nameEdit()->text(), QStringLiteral("custom-fn")); // typed: kept
        QVERIFY(wizard->createButton()->isEnabled());
        QSignalSpy created(wizard.get(), &CreateFunctionWizard::functionCreated);
        QVERIFY(wizard->create());
        QVERIFY(created.wait(30000));
        QVERIFY(QFile::exists(functionDir(QStringLiteral("custom-fn")) + QStringLiteral("/code/bootstrap")));
    }

    void backendConflictIsShown()
    {
        // The wizard opens, then "late-fn" is created behind its back (its own look-up of the
        // existing names ran first: backend calls run in order): the backend refuses and says so.
        auto wizard = makeWizard({});
        FunctionConfig late;
        late.name = QStringLiteral("late-fn");
        late.runtime = m_python;
        auto r = callAndWait(*m_env->host, [late](Backend &b) { return b.createFunction(late, CodeSource::blank()); });
        QVERIFY(r && r->ok());
        QTest::keyClicks(wizard->nameEdit(), QStringLiteral("late-fn"));
        QVERIFY(wizard->nameError().isEmpty());
        QSignalSpy failed(wizard.get(), &CreateFunctionWizard::creationFailed);
        QVERIFY(wizard->create());
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("late-fn")));
        QVERIFY(wizard->errorText().startsWith(QStringLiteral("Not created")));
        QVERIFY(wizard->nameError().contains(QStringLiteral("already taken"))); // remembered
        QVERIFY(!wizard->createButton()->isEnabled());
        QCOMPARE(wizard->result(), int(QDialog::Rejected));
    }

    void mainWindowSelectsCreatedFunction()
    {
        m_env->invocations.reset();
        m_env->host.reset(); // the window runs its own backend on the same workspace
        Backend::Options options;
        options.workspace = m_env->workspace();
        options.persistLogs = false;
        MainWindow window(options, widgettestsupport::settingsFile(m_env->dir() + QStringLiteral("/window.ini")));
        QSignalSpy ready(&window, &MainWindow::ready);
        QVERIFY(ready.wait(widgettestsupport::backendStartMs()));
        QVERIFY(ready.first().at(0).toBool());
        window.show();
        // The window's list is read after ready(); the wizard is handed the names it holds.
        QVERIFY(widgettestsupport::Waiter()
                    .on(window.functionModel(), &QAbstractItemModel::modelReset)
                    .on(window.functionModel(), &QAbstractItemModel::rowsInserted)
                    .until([&] { return window.functionModel()->rowOf(QStringLiteral("taken-fn")) >= 0; }));

        QPushButton *open = nullptr;
        for (QPushButton *b : window.findChildren<QPushButton *>()) {
            if (b->text() == u"Create function")
                open = b;
        }
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
        auto *wizard = window.findChild<CreateFunctionWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        // The list it was given knows the existing function (at once: before its own look-up answers).
        QTest::keyClicks(wizard->nameEdit(), QStringLiteral("taken-fn"));
        QVERIFY2(wizard->nameError().contains(QStringLiteral("already taken")), qPrintable(wizard->nameError()));
        wizard->nameEdit()->clear();
        QVERIFY(wizard->setRuntime(m_python));
        QVERIFY(wizard->selectBlueprint(QStringLiteral("cold-start-demo")));
        QTest::keyClicks(wizard->nameEdit(), QStringLiteral("warm-demo"));
        // functionsChanged makes the window reload its list after the wizard's result.
        QSignalSpy reloaded(window.functionModel(), &QAbstractItemModel::modelReset);
        QSignalSpy failed(wizard, &CreateFunctionWizard::creationFailed);
        const QPointer<CreateFunctionWizard> alive(wizard);
        QTest::mouseClick(wizard->createButton(), Qt::LeftButton);

        // The window selects the function when the wizard says it was created (it heard that
        // first); the wizard is deleted only on a later turn of the loop, so it is there to watch.
        widgettestsupport::Waiter()
            .on(wizard, &CreateFunctionWizard::functionCreated)
            .on(wizard, &CreateFunctionWizard::creationFailed)
            .until([&] { return window.selectedFunction() == QStringLiteral("warm-demo") || !failed.isEmpty(); });
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        QCOMPARE(window.selectedFunction(), QStringLiteral("warm-demo"));
        QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(window.codePage()));
        QVERIFY(widgettestsupport::Waiter().on(window.codePage(), &CodePage::fileOpened).until([&] {
            return window.codePage()->currentFile() == QStringLiteral("lambda_function.py");
        }));
        // Closed and deleted (WA_DeleteOnClose: deleted on a later turn of the loop).
        if (alive) {
            QVERIFY(widgettestsupport::Waiter().on(alive.data(), &QObject::destroyed).until([&] {
                return window.findChild<CreateFunctionWizard *>() == nullptr;
            }));
        }
        QVERIFY(!alive);
        QVERIFY(window.findChild<CreateFunctionWizard *>() == nullptr);
        QVERIFY(QFile::exists(functionDir(QStringLiteral("warm-demo")) + QStringLiteral("/events/invoke.json")));
        // Once the list reload lands, the selection stays on the new function.
        QVERIFY(widgettestsupport::Waiter().on(window.functionModel(), &QAbstractItemModel::modelReset).until([&] {
            return reloaded.count() > 0;
        }));
        QCOMPARE(window.selectedFunction(), QStringLiteral("warm-demo"));
        QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(window.codePage()));
    }
};

QTEST_MAIN(tst_CreateWizard)
#include "tst_createwizard.moc"
