// The Queues page offscreen against a started backend: create (and a refused name), send,
// live counts, peek, a trigger that drains the queue into a real function, purge, redrive
// from a dead-letter queue, delete.
#include "queues/queuespage.h"
#include "widgettestsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace lambdesk;
using widgettestsupport::callAndWait;

class TestQueuesPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<widgettestsupport::StartedHost> m_host;

    static const QueueInfo *find(const QueuesPage &page, const QString &name)
    {
        for (const QueueInfo &q : page.queues())
            if (q.name == name)
                return &q;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { m_host = std::make_unique<widgettestsupport::StartedHost>(); }
    void cleanupTestCase() { m_host.reset(); }

    void createSendPeekPurge()
    {
        QueuesPage page(m_host->host.get());
        page.resize(1000, 640);
        page.show();
        QSignalSpy done(&page, &QueuesPage::actionDone);
        QSignalSpy refreshed(&page, &QueuesPage::refreshed);
        QSignalSpy details(&page, &QueuesPage::detailsShown);

        // A refused name says why, and nothing appears.
        page.createQueue(QStringLiteral("bad name"), {});
        QVERIFY(done.wait(30000));
        QCOMPARE(done.last().at(0).toBool(), false);
        QVERIFY(page.message()->text().contains(u"1 to 80"));

        page.createQueue(QStringLiteral("page-q"), {});
        QVERIFY(done.wait(30000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(page.message()->text()));
        QVERIFY(widgettestsupport::Waiter().on(&page, &QueuesPage::refreshed).until([&] {
            return find(page, QStringLiteral("page-q")) != nullptr;
        }));
        QVERIFY(page.selectQueue(QStringLiteral("page-q")));
        QCOMPARE(page.selectedQueue(), QStringLiteral("page-q"));

        for (const char *body : {"first", "second"}) {
            page.bodyEdit()->setPlainText(QString::fromLatin1(body));
            page.sendMessage();
            QVERIFY(done.wait(30000));
            QVERIFY2(done.last().at(0).toBool(), qPrintable(page.message()->text()));
        }
        // Live: the counts and the peeked messages follow without a click.
        QVERIFY(widgettestsupport::Waiter()
                    .on(&page, &QueuesPage::refreshed)
                    .on(&page, &QueuesPage::detailsShown)
                    .until([&] {
                        const QueueInfo *q = find(page, QStringLiteral("page-q"));
                        return q && q->visible == 2 && page.messages().size() == 2;
                    }));
        QCOMPARE(page.messageTable()->rowCount(), 2);
        QCOMPARE(page.messageTable()->item(0, 4)->text(), QStringLiteral("first"));
        QCOMPARE(page.messageTable()->item(0, 1)->text(), QStringLiteral("0"));
        QCOMPARE(page.queueTable()->item(0, 1)->text(), QStringLiteral("2"));

        page.purgeSelected();
        QVERIFY(done.wait(30000));
        QVERIFY(done.last().at(1).toString().contains(u"2 message"));
        QVERIFY(widgettestsupport::Waiter().on(&page, &QueuesPage::detailsShown).until([&] {
            return page.messages().isEmpty();
        }));

        page.deleteSelected();
        QVERIFY(done.wait(30000));
        QVERIFY(widgettestsupport::Waiter().on(&page, &QueuesPage::refreshed).until([&] {
            return find(page, QStringLiteral("page-q")) == nullptr;
        }));
        QVERIFY(page.selectedQueue().isEmpty());
    }

    // A trigger drains the queue into a demo function; a dead-letter queue's messages go back
    // on Redrive.
    void triggerAndRedrive()
    {
        QueuesPage page(m_host->host.get());
        page.show();
        QSignalSpy done(&page, &QueuesPage::actionDone);
        auto made = callAndWait(*m_host->host, [](Backend &b) {
            QueueAttributes source;
            const bool dlq = b.createQueue(QStringLiteral("dead-q")).ok();
            source.deadLetterTargetArn = b.queueArn(QStringLiteral("dead-q"));
            source.maxReceiveCount = 1;
            source.visibilityTimeout = 0;
            const bool src = b.createQueue(QStringLiteral("src-q"), source).ok();
            // One message received once and not deleted: the next receive moves it.
            b.sendQueueMessage(QStringLiteral("src-q"), "lost");
            b.queueStore()->receive(QStringLiteral("src-q"), 1);
            b.queueStore()->receive(QStringLiteral("src-q"), 1);
            return dlq && src;
        });
        QVERIFY(made && *made);
        QVERIFY(widgettestsupport::Waiter().on(&page, &QueuesPage::refreshed).until([&] {
            const QueueInfo *q = find(page, QStringLiteral("dead-q"));
            return q && q->visible == 1;
        }));
        QVERIFY(page.selectQueue(QStringLiteral("dead-q")));
        QVERIFY(widgettestsupport::Waiter().on(&page, &QueuesPage::detailsShown).until([&] {
            return page.messages().size() == 1;
        }));
        QVERIFY(page.messageTable()->item(0, 2)->text().contains(u"src-q"));
        QCOMPARE(page.messageTable()->item(0, 1)->text(), QStringLiteral("1"));
        page.redriveSelected();
        QVERIFY(done.wait(30000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(page.message()->text()));
        QVERIFY(widgettestsupport::Waiter().on(&page, &QueuesPage::refreshed).until([&] {
            const QueueInfo *d = find(page, QStringLiteral("dead-q"));
            const QueueInfo *s = find(page, QStringLiteral("src-q"));
            return d && s && d->visible == 0 && s->visible == 1;
        }));

        // The trigger: the demo Python function takes the message.
        QVERIFY(page.selectQueue(QStringLiteral("src-q")));
        QVERIFY(widgettestsupport::Waiter().on(&page, &QueuesPage::detailsShown).until([&] {
            return page.selectedQueue() == u"src-q" && page.messages().size() == 1;
        }));
        page.addMapping(QStringLiteral("hello-python"), 10, false);
        QVERIFY(done.wait(30000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(page.message()->text()));
        QVERIFY(widgettestsupport::Waiter()
                    .on(&page, &QueuesPage::refreshed)
                    .on(&page, &QueuesPage::detailsShown)
                    .until(
                        [&] {
                            const QueueInfo *s = find(page, QStringLiteral("src-q"));
                            return s && s->visible + s->inFlight == 0 && page.mappings().size() == 1;
                        },
                        60000));
        QCOMPARE(page.mappingTable()->item(0, 0)->text(), QStringLiteral("hello-python"));
        QCOMPARE(page.mappingTable()->item(0, 2)->text(), QStringLiteral("Enabled"));
        const QString uuid = page.mappings().first().uuid;
        page.setMappingEnabled(uuid, false);
        QVERIFY(done.wait(30000));
        QVERIFY(widgettestsupport::Waiter().on(&page, &QueuesPage::detailsShown).until([&] {
            return page.mappings().size() == 1 && !page.mappings().first().enabled;
        }));
        QCOMPARE(page.mappingTable()->item(0, 2)->text(), QStringLiteral("Disabled"));
        page.deleteMapping(uuid);
        QVERIFY(done.wait(30000));
        QVERIFY(widgettestsupport::Waiter().on(&page, &QueuesPage::detailsShown).until([&] {
            return page.mappings().isEmpty();
        }));
    }
};

QTEST_MAIN(TestQueuesPage)
#include "tst_queuespage.moc"
