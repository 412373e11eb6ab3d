// The Configuration tab's "Asynchronous invocation" and "Destinations" sections and the line
// under the function's header that shows where its Event invocations lead: what they show,
// what they save (through the backend, to disk), and the errors they name.
#include "backendhost.h"
#include "config/asyncinvocationform.h"
#include "config/asyncsummary.h"
#include "config/configurationpage.h"
#include "config/destinationsform.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

#include <memory>

#include "widgettestsupport.h"

using namespace lambdesk;
using widgettestsupport::callAndWait;
using widgettestsupport::StartedHost;

namespace {
const QString kArn = QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:");
} // namespace

class tst_AsyncInvocationForm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StartedHost> m_env;
    std::unique_ptr<ConfigurationPage> m_page;
    FunctionConfig m_orders;

    FunctionConfig create(const QString &name)
    {
        FunctionConfig c;
        c.name = name;
        c.runtime = m_env->host->runtimes().preferred(RuntimeFamily::Python)->id;
        auto r = callAndWait(*m_env->host, [c](Backend &b) { return b.createFunction(c, CodeSource::blank()); });
        if (!r || !r->ok())
            qFatal("create failed");
        return r->value();
    }
    std::optional<EventInvokeConfig> stored()
    {
        auto r = callAndWait(*m_env->host, [](Backend &b) {
            auto c = b.getEventInvokeConfig(QStringLiteral("orders"), {});
            return c ? std::optional<EventInvokeConfig>(c.value()) : std::nullopt;
        });
        return r ? *r : std::nullopt;
    }
    FunctionConfig function()
    {
        auto r = callAndWait(*m_env->host, [](Backend &b) { return b.getFunction(QStringLiteral("orders")); });
        return r && r->ok() ? r->value() : FunctionConfig{};
    }
    template<typename Form>
    bool waitLoaded(Form *form)
    {
        if (form->isLoaded())
            return true;
        QSignalSpy loaded(form, &Form::loaded);
        return loaded.wait(30000);
    }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<StartedHost>(StartedHost::Options{false, false});
        QVERIFY2(m_env->host->runtimes().preferred(RuntimeFamily::Python), "these tests need python3");
        m_orders = create(QStringLiteral("orders"));
        create(QStringLiteral("audit"));
        m_page = std::make_unique<ConfigurationPage>(ConsoleContext{m_env->host.get(), nullptr, nullptr});
        m_page->resize(1000, 900);
        m_page->show();
        m_page->setFunction(m_orders);
        QVERIFY(waitLoaded(m_page->asyncForm()));
        QVERIFY(waitLoaded(m_page->destinationsForm()));
    }
    void cleanup()
    {
        m_page.reset();
        m_env.reset();
    }

    void showsTheDefaults()
    {
        AsyncInvocationForm *f = m_page->asyncForm();
        QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("asyncBox")));
        QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("destinationsBox")));
        QCOMPARE(f->viewText(QStringLiteral("retries")), QStringLiteral("2"));
        QCOMPARE(f->viewText(QStringLiteral("maxAge")), QStringLiteral("6 h"));
        QCOMPARE(f->viewText(QStringLiteral("deadLetter")), QStringLiteral("None"));
        QVERIFY(!f->isEditing());
        QVERIFY(f->editButton()->isVisibleTo(m_page.get()));
        QVERIFY(!f->saveButton()->isVisibleTo(m_page.get()));
        // The target picker offers the other functions, never the function itself.
        QStringList items;
        for (int i = 0; i < f->deadLetterBox()->count(); ++i)
            items << f->deadLetterBox()->itemText(i);
        QCOMPARE(items, QStringList{kArn + QStringLiteral("audit")});
        QVERIFY(m_page->destinationsForm()->list()->isHidden());
        QCOMPARE(m_page->destinationsForm()->targets(), QStringList{kArn + QStringLiteral("audit")});
    }

    void editsAndSaves()
    {
        AsyncInvocationForm *f = m_page->asyncForm();
        f->editButton()->click();
        QVERIFY(f->isEditing());
        QVERIFY(m_page->hasUnsavedChanges());
        QCOMPARE(f->hoursBox()->value(), 6);
        f->retriesBox()->setValue(0);
        f->hoursBox()->setValue(1);
        f->minutesBox()->setValue(30);
        f->secondsBox()->setValue(0);
        f->deadLetterBox()->setEditText(kArn + QStringLiteral("audit"));
        QSignalSpy saved(f, &AsyncInvocationForm::saved);
        QSignalSpy loaded(f, &AsyncInvocationForm::loaded);
        f->saveButton()->click();
        QVERIFY(saved.wait(30000));
        QVERIFY(loaded.count() > 0 || loaded.wait(30000));
        QVERIFY(!f->isEditing());
        const auto c = stored();
        QVERIFY(c);
        QCOMPARE(c->maximumRetryAttempts, std::optional<int>(0));
        QCOMPARE(c->maximumEventAgeInSeconds, std::optional<int>(5400));
        QCOMPARE(function().deadLetterTarget, kArn + QStringLiteral("audit"));
        QCOMPARE(f->viewText(QStringLiteral("retries")), QStringLiteral("0"));
        QCOMPARE(f->viewText(QStringLiteral("maxAge")), QStringLiteral("1 h 30 min"));
        QCOMPARE(f->viewText(QStringLiteral("deadLetter")),
                 QStringLiteral("function audit (%1audit)").arg(kArn));
    }

    void refusesWhatBreaksARule()
    {
        AsyncInvocationForm *f = m_page->asyncForm();
        f->startEditing();
        f->hoursBox()->setValue(0);
        f->minutesBox()->setValue(0);
        f->secondsBox()->setValue(30);
        QSignalSpy failed(f, &AsyncInvocationForm::saveFailed);
        QVERIFY(!f->save()); // refused on the spot
        QCOMPARE(failed.size(), 1);
        QVERIFY2(f->errorText().contains(u"MaximumEventAgeInSeconds must be from 60 to 21600"),
                 qPrintable(f->errorText()));
        QVERIFY(f->isEditing());
        // A target that does not exist: refused by the backend, nothing saved.
        f->setMaxAgeSeconds(120);
        f->deadLetterBox()->setEditText(kArn + QStringLiteral("ghost"));
        QVERIFY(f->save());
        QVERIFY(failed.wait(30000));
        QVERIFY2(f->errorText().contains(u"DeadLetterConfig.TargetArn names the function ghost, which does not exist"),
                 qPrintable(f->errorText()));
        QVERIFY(!stored());
        QVERIFY(function().deadLetterTarget.isEmpty());
        f->cancel();
        QVERIFY(!f->isEditing());
        QCOMPARE(f->viewText(QStringLiteral("maxAge")), QStringLiteral("6 h"));
    }

    void destinationsAddAndRemove()
    {
        DestinationsForm *d = m_page->destinationsForm();
        QSignalSpy saved(d, &DestinationsForm::saved);
        QSignalSpy loaded(d, &DestinationsForm::loaded);
        d->setDestination(DestinationsForm::Condition::OnFailure, kArn + QStringLiteral("audit"));
        QVERIFY(saved.wait(30000));
        QVERIFY(loaded.count() > 0 || loaded.wait(30000));
        QCOMPARE(d->list()->topLevelItemCount(), 1);
        QCOMPARE(d->list()->topLevelItem(0)->text(0), QStringLiteral("On failure"));
        QCOMPARE(d->list()->topLevelItem(0)->text(1), QStringLiteral("Function"));
        QCOMPARE(d->list()->topLevelItem(0)->text(2), kArn + QStringLiteral("audit"));
        QCOMPARE(stored()->onFailure, kArn + QStringLiteral("audit"));
        QVERIFY(d->addButton()->isEnabled()); // On success is still free

        // The line under the header shows it.
        AsyncSummaryLabel summary(m_env->host.get());
        QSignalSpy updated(&summary, &AsyncSummaryLabel::updated);
        summary.setFunction(function());
        QVERIFY(updated.wait(30000));
        QCOMPARE(summary.summary(), QStringLiteral("Event → orders  ✗ → function audit · 2 retries · max age 6 h"));
        QVERIFY(summary.isVisibleTo(nullptr) || !summary.isHidden());

        const auto failed = [&](const QString &arn, const QString &contains) {
            QSignalSpy failure(d, &DestinationsForm::saveFailed);
            d->setDestination(DestinationsForm::Condition::OnSuccess, arn);
            return failure.wait(30000) && d->errorText().contains(contains);
        };
        QVERIFY(failed(kArn + QStringLiteral("orders"), QStringLiteral("as a destination for itself")));
        QVERIFY(failed(QStringLiteral("arn:aws:sqs:us-east-1:000000000000:q"),
                       QStringLiteral("names the queue q, which does not exist")));

        d->list()->setCurrentItem(d->list()->topLevelItem(0));
        QVERIFY(d->removeButton()->isEnabled());
        saved.clear();
        loaded.clear();
        d->removeButton()->click();
        QVERIFY(saved.wait(30000));
        QVERIFY(loaded.count() > 0 || loaded.wait(30000));
        QCOMPARE(d->list()->topLevelItemCount(), 0);
        QVERIFY(stored()->onFailure.isEmpty());
        // The summary follows the change (its answer may have come already).
        const QString expected = QStringLiteral("Event → orders · 2 retries · max age 6 h");
        while (summary.summary() != expected && updated.wait(30000)) {
        }
        QCOMPARE(summary.summary(), expected);
    }

    void dialogPicksATarget()
    {
        DestinationDialog dialog({kArn + QStringLiteral("audit"), QStringLiteral("arn:aws:sqs:us-east-1:000000000000:q")});
        QCOMPARE(dialog.targetBox()->count(), 2);
        dialog.setDestination(DestinationDialog::Condition::OnFailure, kArn + QStringLiteral("audit"));
        QCOMPARE(dialog.condition(), DestinationDialog::Condition::OnFailure);
        QCOMPARE(dialog.target(), kArn + QStringLiteral("audit"));
        dialog.conditionBox()->setCurrentIndex(0);
        dialog.targetBox()->setCurrentIndex(1);
        QCOMPARE(dialog.condition(), DestinationDialog::Condition::OnSuccess);
        QCOMPARE(dialog.target(), QStringLiteral("arn:aws:sqs:us-east-1:000000000000:q"));
    }

    void summaryText()
    {
        QCOMPARE(AsyncSummaryLabel::describe(QStringLiteral("f"), std::nullopt, {}), QString());
        EventInvokeConfig c;
        c.maximumRetryAttempts = 0;
        c.maximumEventAgeInSeconds = 90;
        c.onSuccess = kArn + QStringLiteral("a:live");
        c.onFailure = QStringLiteral("arn:aws:sqs:us-east-1:000000000000:failed");
        QCOMPARE(AsyncSummaryLabel::describe(QStringLiteral("f"), c, kArn + QStringLiteral("dlq")),
                 QStringLiteral("Event → f  ✓ → function a:live  ✗ → queue failed  ☠ → function dlq · 0 retries · "
                                "max age 1 min 30 s"));
    }
};

QTEST_MAIN(tst_AsyncInvocationForm)
#include "tst_asyncinvocationform.moc"
