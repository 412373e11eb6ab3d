// The Configuration tab's Concurrency section: the account's limit and unreserved concurrency,
// "Use unreserved account concurrency" / "Reserve concurrency" with a spin box, its own Save
// through the Backend (written to the workspace and enforced), the minimum-unreserved rule
// shown under the field before anything is saved, and changes made elsewhere followed.
#include "backendhost.h"
#include "config/concurrencyform.h"
#include "config/configurationpage.h"
#include "store/concurrencystore.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <memory>

#include "widgettestsupport.h"

using namespace lambdesk;
using widgettestsupport::callAndWait;
using widgettestsupport::StartedHost;

class tst_ConcurrencyForm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StartedHost> m_env;
    std::unique_ptr<ConfigurationPage> m_page;

    ConcurrencyForm *form() const { return m_page->concurrencyForm(); }
    std::optional<int> backendReserved()
    {
        auto r = callAndWait(*m_env->host, [](Backend &b) { return b.functionConcurrency(QStringLiteral("cc-fn")); });
        return r && r->ok() ? r->value() : std::optional<int>(-1);
    }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<StartedHost>(StartedHost::Options{false, false});
        FunctionConfig config;
        config.name = QStringLiteral("cc-fn");
        config.runtime = m_env->host->runtimes().preferred(RuntimeFamily::Python)->id;
        auto created = callAndWait(*m_env->host,
                                   [config](Backend &b) { return b.createFunction(config, CodeSource::blank()); });
        QVERIFY(created && created->ok());
        m_page = std::make_unique<ConfigurationPage>(ConsoleContext{m_env->host.get(), nullptr, nullptr});
        m_page->resize(1000, 800);
        m_page->show();
        QSignalSpy loaded(form(), &ConcurrencyForm::loaded);
        m_page->setFunction(created->value());
        QVERIFY(loaded.wait(widgettestsupport::safetyNetMs(30000)));
    }
    void cleanup()
    {
        m_page.reset();
        m_env.reset();
    }

    void showsTheAccountAndTheDefault()
    {
        QVERIFY(form()->isVisibleTo(m_page.get()));
        QCOMPARE(form()->account().limit, 10);
        QCOMPARE(form()->account().unreserved, 10);
        QVERIFY2(form()->accountLabel()->text().contains(QStringLiteral("Account concurrency: 10"))
                     && form()->accountLabel()->text().contains(QStringLiteral("Unreserved account concurrency: 10")),
                 qPrintable(form()->accountLabel()->text()));
        QVERIFY(form()->unreservedButton()->isChecked());
        QVERIFY(!form()->reservedBox()->isEnabled()); // only with "Reserve concurrency"
        QVERIFY(form()->saveButton()->isEnabled());
        QCOMPARE(form()->maximumReservation(), 9);
        QVERIFY(form()->fieldError().isEmpty());
    }

    // Reserve 3: saved through the backend, on disk, the figures follow; then back to unreserved.
    void reserveAndRemove()
    {
        form()->reserveButton()->click();
        QVERIFY(form()->reservedBox()->isEnabled());
        form()->reservedBox()->setValue(3);
        QSignalSpy saved(form(), &ConcurrencyForm::saved);
        form()->saveButton()->click();
        QVERIFY(saved.wait(widgettestsupport::safetyNetMs(30000)));
        QCOMPARE(saved.first().first().value<std::optional<int>>(), std::optional<int>(3));
        QCOMPARE(backendReserved(), std::optional<int>(3));
        QVERIFY(QFile::exists(concurrencystore::fileOf(m_env->workspace() + QStringLiteral("/functions/cc-fn"))));
        QCOMPARE(form()->account().unreserved, 7);
        QVERIFY(form()->accountLabel()->text().contains(QStringLiteral("Unreserved account concurrency: 7")));
        QVERIFY(form()->summary()->text().contains(QStringLiteral("at most 3 at once")));

        form()->unreservedButton()->click();
        form()->saveButton()->click();
        QVERIFY(saved.wait(widgettestsupport::safetyNetMs(30000)));
        QCOMPARE(backendReserved(), std::optional<int>());
        QVERIFY(!QFile::exists(concurrencystore::fileOf(m_env->workspace() + QStringLiteral("/functions/cc-fn"))));
        QCOMPARE(form()->account().unreserved, 10);
    }

    // 10 of 10 would leave nothing unreserved: the rule is shown under the field at once, Save
    // refuses, nothing is saved; a valid value clears it.
    void minimumUnreservedRuleShown()
    {
        form()->reserveButton()->click();
        form()->reservedBox()->setValue(10);
        QVERIFY2(form()->fieldError().contains(QStringLiteral("ReservedConcurrentExecutions"))
                     && form()->fieldError().contains(QStringLiteral("minimum value of [1]")),
                 qPrintable(form()->fieldError()));
        QSignalSpy failed(form(), &ConcurrencyForm::saveFailed);
        QVERIFY(!form()->save());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(backendReserved(), std::optional<int>());
        form()->reservedBox()->setValue(0);
        QVERIFY(form()->fieldError().isEmpty());
        QSignalSpy saved(form(), &ConcurrencyForm::saved);
        QVERIFY(form()->save());
        QVERIFY(saved.wait(widgettestsupport::safetyNetMs(30000)));
        QCOMPARE(backendReserved(), std::optional<int>(0));
        QVERIFY(form()->summary()->text().contains(QStringLiteral("every invocation is throttled")));
    }

    // The backend refuses what the form could not know (another function reserved meanwhile):
    // its message shows under the field and the choice stays.
    void backendRefusalShown()
    {
        FunctionConfig other;
        other.name = QStringLiteral("other-fn");
        other.runtime = m_env->host->runtimes().preferred(RuntimeFamily::Python)->id;
        QVERIFY(
            callAndWait(*m_env->host, [other](Backend &b) { return b.createFunction(other, CodeSource::blank()); }));
        form()->reserveButton()->click();
        form()->reservedBox()->setValue(5);
        QVERIFY(form()->fieldError().isEmpty()); // 5 of 10 is fine with what the form knows
        // Reserved elsewhere just before: the backend runs that first, then the form's save.
        m_env->host->post([](Backend &b) { (void)b.putFunctionConcurrency(QStringLiteral("other-fn"), 5); });
        QSignalSpy failed(form(), &ConcurrencyForm::saveFailed);
        QVERIFY(form()->save());
        QVERIFY(failed.wait(widgettestsupport::safetyNetMs(30000)));
        QVERIFY2(form()->fieldError().contains(QStringLiteral("minimum value of [1]")),
                 qPrintable(form()->fieldError()));
        QVERIFY(form()->reserveButton()->isChecked());
        QCOMPARE(form()->reservedBox()->value(), 5);
        QCOMPARE(backendReserved(), std::optional<int>());
        QCOMPARE(form()->maximumReservation(), 4); // the figures are the backend's now
    }

    // Set elsewhere (the API, the CLI): the form follows the backend's signal.
    void followsChangesElsewhere()
    {
        QSignalSpy loaded(form(), &ConcurrencyForm::loaded);
        m_env->host->post([](Backend &b) { (void)b.putFunctionConcurrency(QStringLiteral("cc-fn"), 2); });
        QVERIFY(loaded.wait(widgettestsupport::safetyNetMs(30000)));
        QVERIFY(form()->reserveButton()->isChecked());
        QCOMPARE(form()->reservedBox()->value(), 2);
        QCOMPARE(form()->account().unreserved, 8);
    }
};

QTEST_MAIN(tst_ConcurrencyForm)
#include "tst_concurrencyform.moc"
