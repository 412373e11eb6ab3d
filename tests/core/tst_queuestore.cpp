// Local queues (triggers/queuestore.h) with a controllable clock: visibility timeouts, receive
// counts, the move to a dead-letter queue after maxReceiveCount, redrive, retention, SQS's
// validation rules, and everything read back after the store is opened again.
#include "triggers/queuestore.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lambdesk;

class TestQueueStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    qint64 m_now = 1'700'000'000'000;

    std::unique_ptr<QueueStore> open(const QString &file = QStringLiteral("q.db"))
    {
        auto store = std::make_unique<QueueStore>(m_dir.filePath(file));
        store->setClock([this] { return m_now; });
        const Status s = store->open();
        if (!s)
            qFatal("open: %s", qPrintable(s.error().message));
        return store;
    }

private Q_SLOTS:
    void init() { m_now = 1'700'000'000'000; }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("orders") << true;
        QTest::newRow("dash-underscore") << QStringLiteral("a-b_C9") << true;
        QTest::newRow("80") << QString(80, u'x') << true;
        QTest::newRow("81") << QString(81, u'x') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dot") << QStringLiteral("a.b") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("fifo") << QStringLiteral("q.fifo") << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        auto store = open(QStringLiteral("names.db"));
        const auto r = store->createQueue(name);
        QCOMPARE(r.ok(), valid);
        if (!valid) {
            QCOMPARE(r.error().kind, Error::Kind::InvalidParameter);
            QCOMPARE(r.error().field, QStringLiteral("QueueName"));
            QVERIFY(r.error().message.contains(u"1 to 80"));
        } else {
            QCOMPARE(r->arn, QStringLiteral("arn:aws:sqs:us-east-1:000000000000:") + name);
            QVERIFY(store->deleteQueue(name));
        }
    }

    void attributes_data()
    {
        QTest::addColumn<int>("visibility");
        QTest::addColumn<int>("retention");
        QTest::addColumn<QString>("dlq");
        QTest::addColumn<int>("maxReceive");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::newRow("defaults") << 30 << 345600 << QString() << 0 << QString();
        QTest::newRow("visibility 0") << 0 << 60 << QString() << 0 << QString();
        QTest::newRow("visibility max") << 43200 << 1209600 << QString() << 0 << QString();
        QTest::newRow("visibility -1") << -1 << 345600 << QString() << 0 << QStringLiteral("VisibilityTimeout");
        QTest::newRow("visibility 43201") << 43201 << 345600 << QString() << 0 << QStringLiteral("VisibilityTimeout");
        QTest::newRow("retention 59") << 30 << 59 << QString() << 0 << QStringLiteral("MessageRetentionPeriod");
        QTest::newRow("retention 1209601") << 30 << 1209601 << QString() << 0
                                           << QStringLiteral("MessageRetentionPeriod");
        QTest::newRow("dlq ok") << 30 << 345600 << QStringLiteral("dead") << 5 << QString();
        QTest::newRow("dlq max 1000") << 30 << 345600 << QStringLiteral("dead") << 1000 << QString();
        QTest::newRow("dlq max 0") << 30 << 345600 << QStringLiteral("dead") << 0 << QStringLiteral("RedrivePolicy");
        QTest::newRow("dlq max 1001") << 30 << 345600 << QStringLiteral("dead") << 1001
                                      << QStringLiteral("RedrivePolicy");
        QTest::newRow("dlq missing") << 30 << 345600 << QStringLiteral("nope") << 3 << QStringLiteral("RedrivePolicy");
        QTest::newRow("dlq not an arn") << 30 << 345600 << QStringLiteral("!bad") << 3
                                        << QStringLiteral("RedrivePolicy");
        QTest::newRow("max without dlq") << 30 << 345600 << QString() << 3 << QStringLiteral("RedrivePolicy");
    }
    void attributes()
    {
        QFETCH(int, visibility);
        QFETCH(int, retention);
        QFETCH(QString, dlq);
        QFETCH(int, maxReceive);
        QFETCH(QString, field);
        QTemporaryDir dir;
        QueueStore store(dir.filePath(QStringLiteral("a.db")));
        QVERIFY(store.open());
        QVERIFY(store.createQueue(QStringLiteral("dead")));
        QueueAttributes a;
        a.visibilityTimeout = visibility;
        a.messageRetentionPeriod = retention;
        if (dlq == u"!bad")
            a.deadLetterTargetArn = QStringLiteral("arn:aws:sns:us-east-1:000000000000:dead");
        else if (!dlq.isEmpty())
            a.deadLetterTargetArn = store.arn(dlq);
        a.maxReceiveCount = maxReceive;
        const auto r = store.createQueue(QStringLiteral("main"), a);
        if (field.isEmpty()) {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            QCOMPARE(r->attributes, a);
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().field, field);
            QVERIFY2(r.error().message.contains(field), qPrintable(r.error().message));
            QVERIFY(!store.exists(QStringLiteral("main"))); // nothing written
        }
    }

    void sendValidation()
    {
        auto store = open(QStringLiteral("send.db"));
        QVERIFY(store->createQueue(QStringLiteral("q")));
        auto r = store->sendMessage(QStringLiteral("q"), QByteArray());
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("MessageBody"));
        r = store->sendMessage(QStringLiteral("q"), QByteArray(262145, 'x'));
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("MessageBody"));
        QVERIFY(r.error().message.contains(u"262144"));
        r = store->sendMessage(QStringLiteral("q"), QByteArray("\xff\xfe"));
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("MessageBody"));
        r = store->sendMessage(QStringLiteral("q"), "x", 901);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("DelaySeconds"));
        r = store->sendMessage(QStringLiteral("nope"), "x");
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QCOMPARE(store->queue(QStringLiteral("q"))->visible, 0);
        QVERIFY(store->sendMessage(QStringLiteral("q"), QByteArray(262144, 'x')));
    }

    void sendReceiveDelete()
    {
        auto store = open(QStringLiteral("srd.db"));
        QueueAttributes a;
        a.visibilityTimeout = 30;
        QVERIFY(store->createQueue(QStringLiteral("q"), a));
        QSignalSpy available(store.get(), &QueueStore::messagesAvailable);
        const auto sent = store->sendMessage(QStringLiteral("q"), "hello");
        QVERIFY(sent);
        QCOMPARE(available.size(), 1);
        QCOMPARE(sent->md5OfBody,
                 QString::fromLatin1(QCryptographicHash::hash("hello", QCryptographicHash::Md5).toHex()));
        QCOMPARE(sent->messageId.size(), 36);
        QCOMPARE(sent->sentMs, m_now);

        m_now += 1000;
        auto got = store->receive(QStringLiteral("q"), 10);
        QVERIFY(got);
        QCOMPARE(got->size(), 1);
        const QueueMessage m = got->first();
        QCOMPARE(m.messageId, sent->messageId);
        QCOMPARE(m.receiveCount, 1);
        QCOMPARE(m.firstReceiveMs, m_now);
        QCOMPARE(m.visibleAtMs, m_now + 30000);
        QVERIFY(!m.receiptHandle.isEmpty());
        auto info = store->queue(QStringLiteral("q"));
        QCOMPARE(info->visible, 0);
        QCOMPARE(info->inFlight, 1);
        const qint64 deadline = m_now + 30000;
        QCOMPARE(store->nextReceivableAtMs(QStringLiteral("q")), deadline);

        // Invisible until the deadline, then back with its receive count rising.
        m_now += 29999;
        QCOMPARE(store->receive(QStringLiteral("q"), 10)->size(), 0);
        m_now += 1;
        // Once past, the deadline is still told (a poller wakes at once), not forgotten.
        QCOMPARE(store->nextReceivableAtMs(QStringLiteral("q")), deadline);
        m_now += 5;
        QCOMPARE(store->nextReceivableAtMs(QStringLiteral("q")), deadline);
        got = store->receive(QStringLiteral("q"), 10);
        QCOMPARE(got->size(), 1);
        QCOMPARE(got->first().receiveCount, 2);
        QCOMPARE(got->first().firstReceiveMs, m.firstReceiveMs);
        QVERIFY(got->first().receiptHandle != m.receiptHandle);

        // The old handle is no longer valid; the new one deletes.
        const auto stale = store->deleteMessage(QStringLiteral("q"), m.receiptHandle);
        QCOMPARE(stale.error().field, QStringLiteral("ReceiptHandle"));
        QVERIFY(store->deleteMessage(QStringLiteral("q"), got->first().receiptHandle));
        info = store->queue(QStringLiteral("q"));
        QCOMPARE(info->visible + info->inFlight + info->delayed, 0);
    }

    void changeVisibilityAndDelay()
    {
        auto store = open(QStringLiteral("vis.db"));
        QVERIFY(store->createQueue(QStringLiteral("q")));
        QVERIFY(store->sendMessage(QStringLiteral("q"), "a"));
        QVERIFY(store->sendMessage(QStringLiteral("q"), "b", 10));
        auto info = store->queue(QStringLiteral("q"));
        QCOMPARE(info->visible, 1);
        QCOMPARE(info->delayed, 1);
        auto got = store->receive(QStringLiteral("q"), 10);
        QCOMPARE(got->size(), 1);
        QVERIFY(store->changeVisibility(QStringLiteral("q"), got->first().receiptHandle, 0));
        QCOMPARE(store->visibleCount(QStringLiteral("q")), 1);
        m_now += 10000;
        QCOMPARE(store->visibleCount(QStringLiteral("q")), 2);
        QCOMPARE(store->changeVisibility(QStringLiteral("q"), got->first().receiptHandle, 43201).error().field,
                 QStringLiteral("VisibilityTimeout"));
    }

    void receiveOrderAndMax()
    {
        auto store = open(QStringLiteral("order.db"));
        QVERIFY(store->createQueue(QStringLiteral("q")));
        for (int i = 0; i < 25; ++i)
            QVERIFY(store->sendMessage(QStringLiteral("q"), QByteArray::number(i)));
        auto got = store->receive(QStringLiteral("q"), 10);
        QCOMPARE(got->size(), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(got->at(i).body, QByteArray::number(i));
        got = store->receive(QStringLiteral("q"), 100);
        QCOMPARE(got->size(), 15);
        QCOMPARE(got->first().body, QByteArray("10"));
        QCOMPARE(store->receive(QStringLiteral("q"), 0).error().field, QStringLiteral("MaxNumberOfMessages"));
    }

    // A message received maxReceiveCount times and not deleted moves to the dead-letter queue
    // when it would be received again; redrive brings it back with its count reset.
    void deadLetterAndRedrive()
    {
        auto store = open(QStringLiteral("dlq.db"));
        QVERIFY(store->createQueue(QStringLiteral("dead")));
        QueueAttributes a;
        a.visibilityTimeout = 5;
        a.deadLetterTargetArn = store->arn(QStringLiteral("dead"));
        a.maxReceiveCount = 3;
        QVERIFY(store->createQueue(QStringLiteral("main"), a));
        const auto sent = store->sendMessage(QStringLiteral("main"), "poison");
        for (int i = 1; i <= 3; ++i) {
            auto got = store->receive(QStringLiteral("main"), 1);
            QCOMPARE(got->size(), 1);
            QCOMPARE(got->first().receiveCount, i);
            m_now += 5000;
        }
        QSignalSpy available(store.get(), &QueueStore::messagesAvailable);
        QCOMPARE(store->receive(QStringLiteral("main"), 1)->size(), 0); // moved, not received
        QCOMPARE(available.size(), 1);
        QCOMPARE(available.first().first().toString(), QStringLiteral("dead"));
        QCOMPARE(store->queue(QStringLiteral("main"))->inFlight + store->queue(QStringLiteral("main"))->visible, 0);
        auto dead = store->peek(QStringLiteral("dead"));
        QCOMPARE(dead->size(), 1);
        QCOMPARE(dead->first().messageId, sent->messageId);
        QCOMPARE(dead->first().receiveCount, 3);
        QCOMPARE(dead->first().sourceQueue, QStringLiteral("main"));
        QCOMPARE(store->queue(QStringLiteral("dead"))->visible, 1);

        // A dead-letter queue in use cannot go.
        QCOMPARE(store->deleteQueue(QStringLiteral("dead")).error().kind, Error::Kind::Conflict);

        QCOMPARE(store->redrive(QStringLiteral("dead")).value(), 1);
        QCOMPARE(store->queue(QStringLiteral("dead"))->visible, 0);
        auto back = store->peek(QStringLiteral("main"));
        QCOMPARE(back->size(), 1);
        QCOMPARE(back->first().messageId, sent->messageId);
        QCOMPARE(back->first().receiveCount, 0);
        QCOMPARE(store->receive(QStringLiteral("main"), 1)->first().receiveCount, 1);
    }

    void purgeAndRetention()
    {
        auto store = open(QStringLiteral("purge.db"));
        QueueAttributes a;
        a.messageRetentionPeriod = 60;
        QVERIFY(store->createQueue(QStringLiteral("q"), a));
        QVERIFY(store->sendMessage(QStringLiteral("q"), "old"));
        m_now += 30000;
        QVERIFY(store->sendMessage(QStringLiteral("q"), "new"));
        m_now += 30000; // "old" is 60 s old: past its retention
        QCOMPARE(store->expire(), 1);
        auto left = store->peek(QStringLiteral("q"));
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().body, QByteArray("new"));
        m_now += 30000;
        QCOMPARE(store->receive(QStringLiteral("q"), 10)->size(), 0); // expired on receive too
        QVERIFY(store->sendMessage(QStringLiteral("q"), "x"));
        QVERIFY(store->sendMessage(QStringLiteral("q"), "y"));
        QCOMPARE(store->purge(QStringLiteral("q")).value(), 2);
        QCOMPARE(store->peek(QStringLiteral("q"))->size(), 0);
    }

    // Everything accepted is read back by a store opened afresh: queues, messages with their
    // receive counts and deadlines, mappings.
    void persistence()
    {
        QString id, handle;
        {
            auto store = open(QStringLiteral("persist.db"));
            QVERIFY(store->createQueue(QStringLiteral("dead")));
            QueueAttributes a;
            a.visibilityTimeout = 100;
            a.messageRetentionPeriod = 3600;
            a.deadLetterTargetArn = store->arn(QStringLiteral("dead"));
            a.maxReceiveCount = 2;
            QVERIFY(store->createQueue(QStringLiteral("main"), a));
            id = store->sendMessage(QStringLiteral("main"), "one")->messageId;
            QVERIFY(store->sendMessage(QStringLiteral("main"), "two"));
            handle = store->receive(QStringLiteral("main"), 1)->first().receiptHandle;
            QVERIFY(store->saveMapping(QStringLiteral("u1"), R"({"uuid":"u1"})"));
        }
        auto store = open(QStringLiteral("persist.db"));
        QCOMPARE(store->listQueues().size(), 2);
        const auto info = store->queue(QStringLiteral("main"));
        QCOMPARE(info->attributes.visibilityTimeout, 100);
        QCOMPARE(info->attributes.messageRetentionPeriod, 3600);
        QCOMPARE(info->attributes.maxReceiveCount, 2);
        QCOMPARE(info->visible, 1);
        QCOMPARE(info->inFlight, 1);
        const auto messages = store->peek(QStringLiteral("main"));
        QCOMPARE(messages->first().messageId, id);
        QCOMPARE(messages->first().receiveCount, 1);
        QCOMPARE(messages->first().visibleAtMs, m_now + 100000);
        QVERIFY(store->deleteMessage(QStringLiteral("main"), handle)); // the handle still works
        QCOMPARE(store->mappings().value(QStringLiteral("u1")), QByteArray(R"({"uuid":"u1"})"));
        QVERIFY(store->removeMapping(QStringLiteral("u1")));
        QVERIFY(store->mappings().isEmpty());
    }

    void sameNameSameAttributes()
    {
        auto store = open(QStringLiteral("same.db"));
        QVERIFY(store->createQueue(QStringLiteral("q")));
        QVERIFY(store->createQueue(QStringLiteral("q"))); // SQS answers the existing queue
        QueueAttributes other;
        other.visibilityTimeout = 5;
        QCOMPARE(store->createQueue(QStringLiteral("q"), other).error().kind, Error::Kind::Conflict);
        QCOMPARE(store->deleteQueue(QStringLiteral("nope")).error().kind, Error::Kind::NotFound);
    }

    void arnParsing()
    {
        QCOMPARE(QueueStore::nameFromArn(QStringLiteral("arn:aws:sqs:eu-west-1:123456789012:orders")),
                 QStringLiteral("orders"));
        QCOMPARE(QueueStore::nameFromArn(QStringLiteral("arn:aws:sqs:eu-west-1:123:orders")), QString());
        QCOMPARE(QueueStore::nameFromArn(QStringLiteral("arn:aws:sns:eu-west-1:123456789012:orders")), QString());
        QCOMPARE(QueueStore::nameFromArn(QStringLiteral("orders")), QString());
    }
};

QTEST_GUILESS_MAIN(TestQueueStore)
#include "tst_queuestore.moc"
