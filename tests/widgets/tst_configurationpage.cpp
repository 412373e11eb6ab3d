// The Configuration tab: Edit/Save/Cancel, every rule named next to its field, saving to
// disk and the backend, and warm environments retired by a save.
#include "backendhost.h"
#include "common/theme.h"
#include "config/configurationpage.h"
#include "config/environmenteditor.h"
#include "config/environmentmodel.h"
#include "config/generalform.h"
#include "config/loggingform.h"
#include "config/memoryedit.h"
#include "config/timeoutedit.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#include "widgettestsupport.h"

using namespace lambdesk;

namespace {

using widgettestsupport::callAndWait;
using widgettestsupport::StartedHost;

} // namespace

class tst_ConfigurationPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StartedHost> m_env;
    std::unique_ptr<ConfigurationPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    FunctionConfig m_created;
    QString m_python;

    QJsonObject onDisk() const
    {
        QFile f(m_env->workspace() + QStringLiteral("/functions/cfg-fn/function.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    FunctionConfig fromBackend()
    {
        auto r = callAndWait(*m_env->host, [](Backend &b) { return b.getFunction(QStringLiteral("cfg-fn")); });
        return r && r->ok() ? r->value() : FunctionConfig{};
    }
    EnvironmentModel *env() const { return m_page->environmentModel(); }
    QString viewValue(const char *field) const
    {
        auto *label = m_page->findChild<QLabel *>(QStringLiteral("view.") + QLatin1StringView(field));
        return label ? label->text() : QStringLiteral("<no label>");
    }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<StartedHost>(StartedHost::Options{false, false});
        const RuntimeInfo *python = m_env->host->runtimes().preferred(RuntimeFamily::Python);
        QVERIFY2(python, "these tests run a Python function; install python3");
        m_python = python->id;

        FunctionConfig config;
        config.name = QStringLiteral("cfg-fn");
        config.runtime = m_python;
        config.description = QStringLiteral("before");
        config.environment = {{QStringLiteral("GREETING"), QStringLiteral("Hello")}};
        auto created = callAndWait(*m_env->host,
                                   [config](Backend &b) { return b.createFunction(config, CodeSource::blank()); });
        QVERIFY(created && created->ok());
        m_created = created->value();

        m_page = std::make_unique<ConfigurationPage>(ConsoleContext{m_env->host.get(), nullptr, nullptr});
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->environmentModel(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1000, 800);
        m_page->show();
        m_page->setFunction(m_created);
    }

    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_env.reset(); // stops every environment
    }

    void viewModeShowsValues()
    {
        QVERIFY(!m_page->isEditing());
        QVERIFY(!m_page->hasUnsavedChanges());
        QVERIFY(m_page->editButton()->isVisibleTo(m_page.get()));
        QVERIFY(!m_page->saveButton()->isVisibleTo(m_page.get()));
        QCOMPARE(viewValue("Description"), QStringLiteral("before"));
        QCOMPARE(viewValue("Handler"), QStringLiteral("lambda_function.lambda_handler"));
        QCOMPARE(viewValue("MemorySize"), QStringLiteral("128 MB (≈ 0.07 vCPU)"));
        QCOMPARE(viewValue("Timeout"), QStringLiteral("3 s"));
        QCOMPARE(viewValue("EphemeralStorage.Size"), QStringLiteral("512 MB"));
        QVERIFY(viewValue("Runtime").startsWith(m_python));
        QCOMPARE(env()->rowCount(), 1);
        QVERIFY(!(env()->flags(env()->index(0, 0)) & Qt::ItemIsEditable));
        QCOMPARE(m_page->environmentEditor()->gauge()->format(), QStringLiteral("13 of 4096 bytes"));

        m_page->startEditing();
        QVERIFY(m_page->isEditing());
        QVERIFY(m_page->hasUnsavedChanges());
        QVERIFY(m_page->saveButton()->isVisibleTo(m_page.get()));
        QVERIFY(env()->flags(env()->index(0, 0)) & Qt::ItemIsEditable);
        QCOMPARE(m_page->generalForm()->memoryEdit()->value(), 128);
        QCOMPARE(m_page->generalForm()->timeoutEdit()->value(), 3);
        QVERIFY(m_page->generalForm()->handlerHint()->text().contains(QStringLiteral("lambda_function.py")));
    }

    void cpuShareFollowsMemory()
    {
        QCOMPARE(MemoryEdit::cpuShareText(1769), QStringLiteral("≈ 1.00 vCPU"));
        QCOMPARE(MemoryEdit::cpuShareText(128), QStringLiteral("≈ 0.07 vCPU"));
        QCOMPARE(MemoryEdit::cpuShareText(10240), QStringLiteral("≈ 5.79 vCPU"));
        QVERIFY(MemoryEdit::cpuShareTooltip({}).contains(QStringLiteral("CPU quota")));
        m_page->startEditing();
        MemoryEdit *memory = m_page->generalForm()->memoryEdit();
        memory->slider()->setValue(1769);
        QCOMPARE(memory->spinBox()->value(), 1769);
        auto *cpu = memory->findChild<QLabel *>(QStringLiteral("cpuShare"));
        QVERIFY(cpu);
        QCOMPARE(cpu->text(), QStringLiteral("≈ 1.00 vCPU"));
        memory->spinBox()->setValue(129); // 1 MB steps
        QCOMPARE(memory->slider()->value(), 129);
    }

    void invalidGeneralValuesCannotBeSaved_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("rule");
        QTest::newRow("memory 100") << QStringLiteral("MemorySize") << 100
                                    << QStringLiteral("from 128 to 10240; got 100");
        QTest::newRow("memory 20000") << QStringLiteral("MemorySize") << 20000
                                      << QStringLiteral("from 128 to 10240; got 20000");
        QTest::newRow("memory 127") << QStringLiteral("MemorySize") << 127 << QStringLiteral("from 128 to 10240");
        QTest::newRow("memory 10241") << QStringLiteral("MemorySize") << 10241 << QStringLiteral("from 128 to 10240");
        QTest::newRow("timeout 0") << QStringLiteral("Timeout") << 0 << QStringLiteral("from 1 to 900; got 0");
        QTest::newRow("timeout 15 min 1 s")
            << QStringLiteral("Timeout") << 901 << QStringLiteral("from 1 to 900; got 901");
        QTest::newRow("storage 511") << QStringLiteral("EphemeralStorage.Size") << 511
                                     << QStringLiteral("from 512 to 10240");
        QTest::newRow("storage 10241") << QStringLiteral("EphemeralStorage.Size") << 10241
                                       << QStringLiteral("from 512 to 10240");
    }

    void invalidGeneralValuesCannotBeSaved()
    {
        QFETCH(QString, field);
        QFETCH(int, value);
        QFETCH(QString, rule);
        m_page->startEditing();
        GeneralForm *form = m_page->generalForm();
        if (field == u"MemorySize")
            form->memoryEdit()->spinBox()->setValue(value);
        else if (field == u"Timeout")
            form->timeoutEdit()->setValue(value);
        else
            form->ephemeralBox()->setValue(value);

        // Live: the rule is next to the field before Save is pressed.
        QVERIFY2(m_page->fieldError(field).contains(field), qPrintable(m_page->fieldError(field)));
        QVERIFY2(m_page->fieldError(field).contains(rule), qPrintable(m_page->fieldError(field)));
        QSignalSpy failed(m_page.get(), &ConfigurationPage::saveFailed);
        QVERIFY(!m_page->save());
        QCOMPARE(failed.count(), 1);
        QVERIFY(m_page->bannerText().startsWith(QStringLiteral("Not saved")));
        QVERIFY(m_page->bannerText().contains(field));
        QVERIFY(m_page->bannerText().contains(rule));
        QVERIFY(m_page->isEditing()); // nothing typed is lost
        if (field == u"MemorySize")
            QCOMPARE(form->memoryEdit()->value(), value);
        // Neither disk nor backend changed.
        QCOMPARE(onDisk().value(QStringLiteral("MemorySize")).toInt(), 128);
        QCOMPARE(onDisk().value(QStringLiteral("Timeout")).toInt(), 3);
        QCOMPARE(fromBackend().memorySize, 128);
    }

    void invalidTextFieldsNamed()
    {
        m_page->startEditing();
        GeneralForm *form = m_page->generalForm();
        form->descriptionEdit()->setText(QString(257, u'd'));
        form->handlerEdit()->setText(QStringLiteral("nodot"));
        QVERIFY(!m_page->save());
        QVERIFY(m_page->fieldError(QStringLiteral("Description"))
                    .contains(QStringLiteral("Description must be at most 256 characters")));
        QVERIFY(m_page->fieldError(QStringLiteral("Handler"))
                    .contains(QStringLiteral("Handler must have the form file.function")));
        QVERIFY(m_page->bannerText().contains(QStringLiteral("Description")));
        QVERIFY(m_page->bannerText().contains(QStringLiteral("Handler")));
        // Fixing them clears the messages and the "Not saved" banner, live.
        form->descriptionEdit()->setText(QStringLiteral("ok"));
        form->handlerEdit()->setText(QStringLiteral("lambda_function.lambda_handler"));
        QCOMPARE(m_page->fieldError(QStringLiteral("Description")), QString());
        QCOMPARE(m_page->fieldError(QStringLiteral("Handler")), QString());
        QCOMPARE(m_page->bannerText(), QString());
    }

    void environmentRulesBlockSave_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad key")
            << QStringLiteral("1BAD") << QStringLiteral("x")
            << QStringLiteral("'1BAD' must start with a letter and contain only letters, digits and underscores");
        QTest::newRow("reserved key") << QStringLiteral("AWS_LAMBDA_FUNCTION_NAME") << QStringLiteral("x")
                                      << QStringLiteral("'AWS_LAMBDA_FUNCTION_NAME' is reserved by Lambda");
        QTest::newRow("duplicate") << QStringLiteral("GREETING") << QStringLiteral("Hi")
                                   << QStringLiteral("'GREETING' is used more than once; keys must be unique");
        QTest::newRow("over 4 KB") << QStringLiteral("BIG") << QString(4100, u'v')
                                   << QStringLiteral("must not exceed 4 KB (4096 bytes)");
    }

    void environmentRulesBlockSave()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        m_page->startEditing();
        // Through the table's editing path, as a user would.
        const int row = env()->addVariable();
        QVERIFY(env()->setData(env()->index(row, EnvironmentModel::KeyColumn), key));
        QVERIFY(env()->setData(env()->index(row, EnvironmentModel::ValueColumn), value));
        const QString shown = m_page->fieldError(QStringLiteral("Environment.Variables"));
        QVERIFY2(shown.contains(message), qPrintable(shown));
        QVERIFY(m_page->problems().contains(QStringLiteral("Environment.Variables")));

        QVERIFY(!m_page->save());
        QVERIFY2(m_page->bannerText().contains(message), qPrintable(m_page->bannerText()));
        QVERIFY(m_page->isEditing());
        QCOMPARE(
            onDisk().value(QStringLiteral("Environment")).toObject().value(QStringLiteral("Variables")).toObject().size(),
            1);
        QCOMPARE(fromBackend().environment.size(), 1);

        // Removing the row makes the table valid again.
        QVERIFY(env()->removeRow(row));
        QCOMPARE(m_page->fieldError(QStringLiteral("Environment.Variables")), QString());
        QVERIFY(m_page->problems().isEmpty());
    }

    void gaugeShowsBudget()
    {
        m_page->startEditing();
        QProgressBar *gauge = m_page->environmentEditor()->gauge();
        QCOMPARE(gauge->maximum(), 4096);
        QCOMPARE(gauge->value(), 13); // GREETING + Hello
        env()->addVariable(QStringLiteral("LONG"), QString(5000, u'x'));
        QCOMPARE(gauge->value(), 4096); // capped: the text tells the real size
        QCOMPARE(gauge->format(), QStringLiteral("5017 of 4096 bytes"));
    }

    // The dark theme (chosen while the page is open) reaches the success banner and the size
    // gauge: both turn dark, with their text readable on them; back in the light theme, light.
    void bannerAndGaugeFollowTheTheme()
    {
        struct Restore // the next tests run in the light theme
        {
            Theme theme;
            ~Restore() { theme.setMode(Theme::Mode::Light); }
        } restore;
        restore.theme.setMode(Theme::Mode::Light);
        m_page->startEditing();
        env()->addVariable(QStringLiteral("LONG"), QString(2500, u'x')); // the gauge is past half full
        m_page->generalForm()->descriptionEdit()->setText(QStringLiteral("after"));
        QSignalSpy saved(m_page.get(), &ConfigurationPage::saved);
        QVERIFY(m_page->save());
        QVERIFY(saved.wait(30000));
        QVERIFY(m_page->bannerText().startsWith(QStringLiteral("Saved")));
        QLabel *banner = nullptr;
        for (QLabel *l : m_page->findChildren<QLabel *>()) {
            if (l->isVisible() && l->text() == m_page->bannerText())
                banner = l;
        }
        QVERIFY(banner);
        m_page->startEditing(); // the gauge shows while editing
        QProgressBar *gauge = m_page->environmentEditor()->gauge();
        QVERIFY(gauge->isVisible());

        for (const Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark, Theme::Mode::Light}) {
            restore.theme.setMode(mode);
            const bool dark = mode == Theme::Mode::Dark;
            QVERIFY(widgettestsupport::untilPaletteChanged(m_page->environmentEditor(), [&] {
                return (m_page->environmentEditor()->palette().color(QPalette::Window).lightness() < 128) == dark;
            }));
            const QImage b = banner->grab().toImage();
            const QColor bannerBack = b.pixelColor(3, 3); // inside the border, in the padding
            QVERIFY2(dark ? bannerBack.lightness() < 100 : bannerBack.lightness() > 180,
                     qPrintable(QStringLiteral("banner %1 in the %2 theme")
                                    .arg(bannerBack.name(), dark ? QStringLiteral("dark") : QStringLiteral("light"))));
            const QImage g = gauge->grab().toImage();
            const QColor chunk = g.pixelColor(g.width() / 10, 4); // filled, left of the centred text
            const QColor text = gauge->palette().color(QPalette::Text);
            QVERIFY2(std::abs(chunk.lightness() - text.lightness()) >= 90,
                     qPrintable(
                         QStringLiteral("gauge chunk %1, text %2 in the %3 theme")
                             .arg(chunk.name(), text.name(), dark ? QStringLiteral("dark") : QStringLiteral("light"))));
        }
    }

    void validSaveReachesDiskAndBackend()
    {
        m_page->startEditing();
        GeneralForm *form = m_page->generalForm();
        form->descriptionEdit()->setText(QStringLiteral("after"));
        form->memoryEdit()->spinBox()->setValue(300);
        form->timeoutEdit()->minutesBox()->setValue(1);
        form->timeoutEdit()->secondsBox()->setValue(30);
        form->ephemeralBox()->setValue(1024);
        const int row = env()->addVariable();
        QVERIFY(env()->setData(env()->index(row, EnvironmentModel::KeyColumn), QStringLiteral("STAGE")));
        QVERIFY(env()->setData(env()->index(row, EnvironmentModel::ValueColumn), QStringLiteral("prod")));
        env()->addVariable(); // a blank row is dropped, not saved
        QVERIFY(m_page->problems().isEmpty());

        QSignalSpy saved(m_page.get(), &ConfigurationPage::saved);
        QVERIFY(m_page->save());
        QVERIFY(saved.wait(30000));
        QVERIFY(!m_page->isEditing());
        QVERIFY(!m_page->hasUnsavedChanges());

        const QJsonObject disk = onDisk();
        QCOMPARE(disk.value(QStringLiteral("Description")).toString(), QStringLiteral("after"));
        QCOMPARE(disk.value(QStringLiteral("MemorySize")).toInt(), 300);
        QCOMPARE(disk.value(QStringLiteral("Timeout")).toInt(), 90);
        QCOMPARE(disk.value(QStringLiteral("EphemeralStorage")).toObject().value(QStringLiteral("Size")).toInt(), 1024);
        const QJsonObject vars =
            disk.value(QStringLiteral("Environment")).toObject().value(QStringLiteral("Variables")).toObject();
        QCOMPARE(vars.size(), 2);
        QCOMPARE(vars.value(QStringLiteral("STAGE")).toString(), QStringLiteral("prod"));
        QCOMPARE(vars.value(QStringLiteral("GREETING")).toString(), QStringLiteral("Hello"));

        const FunctionConfig backend = fromBackend();
        QCOMPARE(backend.memorySize, 300);
        QCOMPARE(backend.timeout, 90);
        QCOMPARE(backend.environment.value(QStringLiteral("STAGE")), QStringLiteral("prod"));
        QCOMPARE(backend.codeSha256, m_created.codeSha256); // the code is untouched

        QCOMPARE(viewValue("MemorySize"), QStringLiteral("300 MB (≈ 0.17 vCPU)"));
        QCOMPARE(viewValue("Timeout"), QStringLiteral("1 min 30 s"));
        QCOMPARE(env()->rowCount(), 2);
        QVERIFY(m_page->bannerText().startsWith(QStringLiteral("Saved the configuration of cfg-fn.")));
    }

    void loggingSectionLevelsOnlyWithJson()
    {
        LoggingForm *logging = m_page->loggingForm();
        QCOMPARE(logging->summary()->text(), QStringLiteral("Format: Text · Log group: /aws/lambda/cfg-fn"));
        QVERIFY(!logging->formatBox()->isEnabled()); // view mode
        m_page->startEditing();
        QVERIFY(logging->formatBox()->isEnabled());
        QCOMPARE(logging->formatBox()->currentText(), QStringLiteral("Text"));
        QVERIFY(!logging->applicationLevelBox()->isEnabled()); // levels are for JSON only
        QVERIFY(!logging->systemLevelBox()->isEnabled());
        logging->formatBox()->setCurrentText(QStringLiteral("JSON"));
        QVERIFY(logging->applicationLevelBox()->isEnabled());
        QVERIFY(logging->systemLevelBox()->isEnabled());
        QCOMPARE(logging->applicationLevelBox()->currentText(), QStringLiteral("INFO")); // AWS's default
        logging->applicationLevelBox()->setCurrentText(QStringLiteral("WARN"));
        logging->systemLevelBox()->setCurrentText(QStringLiteral("DEBUG"));
        logging->formatBox()->setCurrentText(QStringLiteral("Text"));
        QVERIFY(!logging->applicationLevelBox()->isEnabled());
        QCOMPARE(m_page->draft().logging, LoggingConfig()); // Text keeps no levels
    }

    void invalidLogGroupIsNamedAndRefused()
    {
        m_page->startEditing();
        LoggingForm *logging = m_page->loggingForm();
        QTest::keyClicks(logging->logGroupEdit(), QStringLiteral("my logs"));
        const QString rule = QStringLiteral("LoggingConfig.LogGroup must be 1 to 512 letters, digits, or . - _ / #");
        QVERIFY2(m_page->fieldError(QStringLiteral("LoggingConfig.LogGroup")).startsWith(rule),
                 qPrintable(m_page->fieldError(QStringLiteral("LoggingConfig.LogGroup"))));
        QSignalSpy failed(m_page.get(), &ConfigurationPage::saveFailed);
        QVERIFY(!m_page->save());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(m_page->bannerText().contains(rule), qPrintable(m_page->bannerText()));
        QVERIFY(m_page->isEditing()); // nothing lost
        QVERIFY(!onDisk().contains(QStringLiteral("LoggingConfig")));
    }

    void loggingSaveReachesDiskBackendAndRuntime()
    {
        m_page->startEditing();
        LoggingForm *logging = m_page->loggingForm();
        logging->formatBox()->setCurrentText(QStringLiteral("JSON"));
        logging->applicationLevelBox()->setCurrentText(QStringLiteral("ERROR"));
        QTest::keyClicks(logging->logGroupEdit(), QStringLiteral("/team/cfg"));
        QVERIFY(m_page->problems().isEmpty());
        QSignalSpy saved(m_page.get(), &ConfigurationPage::saved);
        QVERIFY(m_page->save());
        QVERIFY(saved.wait(30000));
        const QJsonObject disk = onDisk().value(QStringLiteral("LoggingConfig")).toObject();
        QCOMPARE(disk.value(QStringLiteral("LogFormat")).toString(), QStringLiteral("JSON"));
        QCOMPARE(disk.value(QStringLiteral("ApplicationLogLevel")).toString(), QStringLiteral("ERROR"));
        QCOMPARE(disk.value(QStringLiteral("SystemLogLevel")).toString(), QStringLiteral("INFO"));
        QCOMPARE(disk.value(QStringLiteral("LogGroup")).toString(), QStringLiteral("/team/cfg"));
        QCOMPARE(fromBackend().logging.applicationLogLevel, QStringLiteral("ERROR"));
        QCOMPARE(logging->summary()->text(),
                 QStringLiteral("Format: JSON · Log group: /team/cfg · Application log level: ERROR · System log "
                                "level: INFO"));
        // The saved format reaches the platform's lines: platform.report instead of REPORT.
        std::optional<Result<InvocationResult>> result;
        QObject context;
        QEventLoop answered; // quit by the answer; the timer is only a safety net
        m_env->host->invoke(&context, InvokeRequest{QStringLiteral("cfg-fn"), {}, QByteArrayLiteral("{}")},
                            [&result, &answered](Result<InvocationResult> r) {
                                result.emplace(std::move(r));
                                answered.quit();
                            });
        if (!result) {
            QTimer::singleShot(60000, &answered, &QEventLoop::quit);
            answered.exec();
        }
        QVERIFY(result.has_value() && result->ok());
        const QString last = result->value().logs.constLast().text;
        QVERIFY2(last.contains(QLatin1String("\"type\":\"platform.report\"")), qPrintable(last));
    }

    void saveRetiresWarmEnvironments()
    {
        // Make a warm environment with one real invocation.
        std::optional<Result<InvocationResult>> result;
        QObject context;
        QEventLoop answered; // quit by the answer; the timer is only a safety net
        m_env->host->invoke(&context, InvokeRequest{QStringLiteral("cfg-fn"), {}, QByteArrayLiteral("{}")},
                            [&result, &answered](Result<InvocationResult> r) {
                                result.emplace(std::move(r));
                                answered.quit();
                            });
        if (!result) {
            QTimer::singleShot(60000, &answered, &QEventLoop::quit);
            answered.exec();
        }
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));

        widgettestsupport::QueuedSpy retired(m_env->host->backend(), &Backend::environmentsRetired);
        QSignalSpy saved(m_page.get(), &ConfigurationPage::saved);
        m_page->startEditing();
        m_page->generalForm()->memoryEdit()->spinBox()->setValue(256);
        QVERIFY(m_page->save());
        QVERIFY(saved.wait(30000));
        QCOMPARE(retired.count(), 1);
        QCOMPARE(retired.calls().first().at(0).toString(), QStringLiteral("cfg-fn"));
        QVERIFY2(m_page->bannerText().contains(QStringLiteral("warm environments were retired")),
                 qPrintable(m_page->bannerText()));
        QVERIFY(m_page->bannerText().contains(QStringLiteral("cold start")));
    }

    void descriptionOnlyKeepsEnvironmentsWarm()
    {
        QSignalSpy saved(m_page.get(), &ConfigurationPage::saved);
        m_page->startEditing();
        m_page->generalForm()->descriptionEdit()->setText(QStringLiteral("only words"));
        QVERIFY(m_page->save());
        QVERIFY(saved.wait(30000));
        QVERIFY2(m_page->bannerText().contains(QStringLiteral("stay warm")), qPrintable(m_page->bannerText()));
        QCOMPARE(onDisk().value(QStringLiteral("Description")).toString(), QStringLiteral("only words"));
    }

    void cancelRestores()
    {
        m_page->startEditing();
        GeneralForm *form = m_page->generalForm();
        form->descriptionEdit()->setText(QStringLiteral("scratch"));
        form->memoryEdit()->spinBox()->setValue(20000);
        form->timeoutEdit()->setValue(600);
        QVERIFY(env()->setData(env()->index(0, EnvironmentModel::ValueColumn), QStringLiteral("Changed")));
        env()->addVariable(QStringLiteral("EXTRA"), QStringLiteral("1"));
        QVERIFY(!m_page->save()); // 20000 MB is refused

        m_page->cancel();
        QVERIFY(!m_page->isEditing());
        QVERIFY(!m_page->hasUnsavedChanges());
        QCOMPARE(m_page->bannerText(), QString());
        QCOMPARE(viewValue("Description"), QStringLiteral("before"));
        QCOMPARE(viewValue("MemorySize"), QStringLiteral("128 MB (≈ 0.07 vCPU)"));
        QCOMPARE(env()->rowCount(), 1);
        QCOMPARE(env()->value(0), QStringLiteral("Hello"));
        // Editing again starts from the saved values, without the old messages.
        m_page->startEditing();
        QCOMPARE(form->memoryEdit()->value(), 128);
        QCOMPARE(form->timeoutEdit()->value(), 3);
        QCOMPARE(form->descriptionEdit()->text(), QStringLiteral("before"));
        QCOMPARE(m_page->fieldError(QStringLiteral("MemorySize")), QString());
        QCOMPARE(onDisk().value(QStringLiteral("Description")).toString(), QStringLiteral("before"));
    }

    void runtimeChangeWarnsAboutHandler()
    {
        m_page->startEditing();
        GeneralForm *form = m_page->generalForm();
        QVERIFY(!form->runtimeWarning()->isVisibleTo(m_page.get()));
        QComboBox *runtime = form->runtimeBox();
        const int provided = runtime->findData(QStringLiteral("provided.al2023"));
        QVERIFY(provided >= 0);
        runtime->setCurrentIndex(provided);
        QVERIFY(form->runtimeWarning()->isVisibleTo(m_page.get()));
        QVERIFY(form->runtimeWarning()->text().contains(QStringLiteral("handler form may differ")));
        QVERIFY(form->runtimeWarning()->text().contains(QStringLiteral("function.handler")));
        QVERIFY(form->handlerHint()->text().contains(QStringLiteral("_HANDLER")));
        // The offered handler is one click away.
        Q_EMIT form->runtimeWarning()->linkActivated(QStringLiteral("handler:function.handler"));
        QCOMPARE(form->handlerEdit()->text(), QStringLiteral("function.handler"));
        runtime->setCurrentIndex(runtime->findData(m_python));
        QVERIFY(!form->runtimeWarning()->isVisibleTo(m_page.get()));
    }

    void changeElsewhereKeepsEdits()
    {
        m_page->startEditing();
        m_page->generalForm()->descriptionEdit()->setText(QStringLiteral("typed"));
        FunctionConfig newer = m_created;
        newer.memorySize = 512; // saved by someone else (the HTTP API, say)
        m_page->setFunction(newer);
        QVERIFY(m_page->isEditing());
        QCOMPARE(m_page->generalForm()->descriptionEdit()->text(), QStringLiteral("typed"));
        QVERIFY(m_page->bannerText().contains(QStringLiteral("changed elsewhere")));
        m_page->cancel();
        QCOMPARE(viewValue("MemorySize"), QStringLiteral("512 MB (≈ 0.29 vCPU)"));
    }

    void otherFunctionEndsEditing()
    {
        m_page->startEditing();
        FunctionConfig other = m_created;
        other.name = QStringLiteral("other-fn");
        m_page->setFunction(other);
        QVERIFY(!m_page->isEditing());
        m_page->setFunction({});
        QVERIFY(!m_page->editButton()->isEnabled());
        m_page->startEditing();
        QVERIFY(!m_page->isEditing());
    }
};

QTEST_MAIN(tst_ConfigurationPage)
#include "tst_configurationpage.moc"
