// Configuration -> Provisioned concurrency: add a configuration for a version, watch it go from
// IN_PROGRESS to READY in the list (a real Python environment initialised ahead of time), see
// a refused count explained with the editor kept, and remove it.
#include "config/provisionedform.h"
#include "widgettestsupport.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace lambdesk;
using widgettestsupport::callAndWait;

namespace {
const QString kFn = QStringLiteral("hello-python");
}

class TestProvisionedForm : public QObject
{
    Q_OBJECT

    std::unique_ptr<widgettestsupport::StartedHost> m_host;
    std::unique_ptr<ProvisionedForm> m_form;

    bool until(const std::function<bool()> &done)
    {
        return widgettestsupport::Waiter().on(m_form.get(), &ProvisionedForm::loaded).until(done);
    }
    QString status(const QString &qualifier) const
    {
        for (const ProvisionedConcurrency &c : m_form->configs()) {
            if (c.qualifier == qualifier)
                return c.status;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_host = std::make_unique<widgettestsupport::StartedHost>();
        const auto published = callAndWait(*m_host->host, [](Backend &b) {
            return b.publishVersion({kFn, {}, {}, {}}).ok();
        });
        QVERIFY(published.value_or(false));
        m_form = std::make_unique<ProvisionedForm>(m_host->host.get());
        m_form->setPrompt([](const QString &) { return true; });
        m_form->resize(800, 300);
        m_form->show();
        QSignalSpy loaded(m_form.get(), &ProvisionedForm::loaded);
        m_form->setFunction(kFn);
        QVERIFY(loaded.wait(30000));
        QVERIFY(m_form->configs().isEmpty());
    }
    void cleanup()
    {
        m_form.reset();
        m_host.reset();
    }

    void addWatchReadyAndRemove()
    {
        m_form->add();
        QVERIFY(m_form->isEditorVisible());
        QCOMPARE(m_form->qualifierBox()->findData(QStringLiteral("1")), 0);
        m_form->countBox()->setValue(1);
        QSignalSpy answered(m_form.get(), &ProvisionedForm::answered);
        m_form->saveEditor();
        QVERIFY(answered.wait(30000));
        QVERIFY2(answered.first().first().toBool(), qPrintable(m_form->message()));
        QVERIFY(!m_form->isEditorVisible());
        QVERIFY(until([&] { return status(QStringLiteral("1")) == u"READY"; }));
        QTreeWidgetItem *row = m_form->list()->topLevelItem(0);
        QVERIFY(row);
        QCOMPARE(row->text(0), QStringLiteral("1"));
        QCOMPARE(row->text(1), QStringLiteral("1"));
        QCOMPARE(row->text(2), QStringLiteral("1"));
        QCOMPARE(row->text(3), QStringLiteral("READY"));

        // A count past the account's limit is refused with the rule; the editor stays open.
        m_form->list()->setCurrentItem(row);
        m_form->editSelected();
        m_form->countBox()->setValue(10);
        m_form->saveEditor();
        QVERIFY(answered.wait(30000));
        QVERIFY(!answered.last().first().toBool());
        QVERIFY2(m_form->message().contains(u"ProvisionedConcurrentExecutions"), qPrintable(m_form->message()));
        QVERIFY(m_form->isEditorVisible());

        m_form->list()->setCurrentItem(m_form->list()->topLevelItem(0));
        m_form->removeSelected();
        QVERIFY(answered.wait(30000));
        QVERIFY(answered.last().first().toBool());
        QVERIFY(until([&] { return m_form->configs().isEmpty(); }));
        QCOMPARE(m_form->list()->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestProvisionedForm)
#include "tst_provisionedform.moc"
