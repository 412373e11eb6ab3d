// Aliases: a name for one version, or for two with a weight for the second, routed at random
// per invocation; the rules AWS applies to them; records that keep the alias and the version.
#include "testsupport.h"

using namespace lambdesk;

namespace {

const QString kFn = QStringLiteral("fn");

QByteArray handlerReturning(const QByteArray &value)
{
    return "import os\ndef handler(event, context):\n    return {'v': " + value
        + ", 'version': os.environ['AWS_LAMBDA_FUNCTION_VERSION'], 'arn': context.invoked_function_arn}\n";
}

Result<InvocationResult> invoke(Backend &b, const QString &qualifier)
{
    return testsupport::invokeAndWait(b, kFn, qualifier);
}

} // namespace

class TestAliases : public QObject
{
    Q_OBJECT

    QTemporaryDir m_code;

    // fn with versions 1 and 2 (answering 1 and 2); $LATEST answers 3.
    void makeVersions(Backend &b)
    {
        FunctionConfig c;
        c.name = kFn;
        c.runtime = b.runtimes().preferred(RuntimeFamily::Python)->id;
        c.handler = QStringLiteral("lambda_function.handler");
        QVERIFY(b.createFunction(c, CodeSource::directory(m_code.path())));
        QCOMPARE(b.publishVersion({kFn, {}, {}, {}})->version.number, 1);
        QVERIFY(b.saveCodeFile(kFn, QStringLiteral("lambda_function.py"), handlerReturning("2")));
        QCOMPARE(b.publishVersion({kFn, {}, {}, {}})->version.number, 2);
        QVERIFY(b.saveCodeFile(kFn, QStringLiteral("lambda_function.py"), handlerReturning("3")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(m_code.filePath(QStringLiteral("lambda_function.py")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(handlerReturning("1"));
    }

    // An alias runs the version it names; the handler sees the alias's ARN and the version;
    // the record keeps both; moving the alias moves the traffic.
    void aliasRunsItsVersion()
    {
        testsupport::TestBackend tb(true);
        Backend &b = *tb.backend;
        makeVersions(b);
        const auto live = b.createAlias(kFn, QStringLiteral("live"), QStringLiteral("1"), QStringLiteral("prod"));
        QVERIFY2(live, live ? "" : qPrintable(live.error().message));
        QVERIFY(!live->revisionId.isEmpty());

        auto r = invoke(b, QStringLiteral("live"));
        QVERIFY(r);
        const QJsonObject o = testsupport::object(r->payload);
        QCOMPARE(o.value(u"v").toInt(), 1);
        QCOMPARE(o.value(u"version").toString(), QStringLiteral("1"));
        QCOMPARE(o.value(u"arn").toString(), b.functionArn(kFn) + QStringLiteral(":live"));
        QCOMPARE(r->executedVersion, QStringLiteral("1"));
        QCOMPARE(r->qualifier, QStringLiteral("live"));

        const auto moved = b.updateAlias({kFn, QStringLiteral("live"), QStringLiteral("2"), {}, {}, live->revisionId});
        QVERIFY(moved);
        QVERIFY(moved->revisionId != live->revisionId);
        QCOMPARE(moved->description, QStringLiteral("prod"));
        r = invoke(b, QStringLiteral("live"));
        QCOMPARE(testsupport::object(r->payload).value(u"v").toInt(), 2);
        QCOMPARE(r->executedVersion, QStringLiteral("2"));
        QCOMPARE(testsupport::object(invoke(b, {})->payload).value(u"v").toInt(), 3);

        // An alias may name $LATEST (alone).
        QVERIFY(b.createAlias(kFn, QStringLiteral("dev"), QStringLiteral("$LATEST")));
        QCOMPARE(invoke(b, QStringLiteral("dev"))->executedVersion, QStringLiteral("$LATEST"));

        b.flushLogs();
        const QList<InvocationRecord> records = b.recentInvocations(kFn, 10);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(0).qualifier, QStringLiteral("live"));
        QCOMPARE(records.at(0).version, QStringLiteral("1"));
        QCOMPARE(records.at(1).qualifier, QStringLiteral("live"));
        QCOMPARE(records.at(1).version, QStringLiteral("2"));
        QCOMPARE(records.at(2).qualifier, QStringLiteral("$LATEST")); // none asked
        QCOMPARE(records.at(2).version, QStringLiteral("$LATEST"));
        QCOMPARE(records.at(3).qualifier, QStringLiteral("dev"));
    }

    void rules()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        makeVersions(b);
        auto kind = [](const Result<FunctionAlias> &r) { return r ? Error::Kind::Internal : r.error().kind; };
        auto field = [](const Result<FunctionAlias> &r) { return r ? QString() : r.error().field; };

        const auto digits = b.createAlias(kFn, QStringLiteral("12"), QStringLiteral("1"));
        QCOMPARE(kind(digits), Error::Kind::InvalidParameter);
        QCOMPARE(field(digits), QStringLiteral("Name"));
        QCOMPARE(kind(b.createAlias(kFn, QStringLiteral("bad name"), QStringLiteral("1"))),
                 Error::Kind::InvalidParameter);
        QCOMPARE(kind(b.createAlias(kFn, QStringLiteral("live"), QStringLiteral("9"))), Error::Kind::NotFound);
        QCOMPARE(kind(b.createAlias(QStringLiteral("nope"), QStringLiteral("live"), QStringLiteral("1"))),
                 Error::Kind::NotFound);

        const auto latestWeighted = b.createAlias(kFn, QStringLiteral("live"), QStringLiteral("$LATEST"), {},
                                                  {{QStringLiteral("1"), 0.5}});
        QCOMPARE(kind(latestWeighted), Error::Kind::InvalidParameter);
        QCOMPARE(field(latestWeighted), QStringLiteral("RoutingConfig"));
        QVERIFY(latestWeighted.error().message.contains(u"$LATEST"));
        QCOMPARE(kind(b.createAlias(kFn, QStringLiteral("live"), QStringLiteral("1"), {},
                                    {{QStringLiteral("$LATEST"), 0.5}})),
                 Error::Kind::InvalidParameter);
        for (double w : {0.0, 1.0, 1.5, -0.1}) {
            const auto r = b.createAlias(kFn, QStringLiteral("live"), QStringLiteral("1"), {},
                                         {{QStringLiteral("2"), w}});
            QCOMPARE(kind(r), Error::Kind::InvalidParameter);
            QCOMPARE(field(r), QStringLiteral("RoutingConfig"));
        }
        QCOMPARE(
            kind(b.createAlias(kFn, QStringLiteral("live"), QStringLiteral("1"), {}, {{QStringLiteral("1"), 0.5}})),
            Error::Kind::InvalidParameter);
        QCOMPARE(
            kind(b.createAlias(kFn, QStringLiteral("live"), QStringLiteral("1"), {}, {{QStringLiteral("7"), 0.5}})),
            Error::Kind::NotFound);
        QVERIFY(b.listAliases(kFn)->isEmpty()); // nothing was made by a refusal

        const auto live = b.createAlias(kFn, QStringLiteral("live"), QStringLiteral("1"), {},
                                        {{QStringLiteral("2"), 0.25}});
        QVERIFY(live);
        QCOMPARE(live->additionalVersion, QStringLiteral("2"));
        QCOMPARE(live->additionalWeight, 0.25);
        QCOMPARE(kind(b.createAlias(kFn, QStringLiteral("live"), QStringLiteral("2"))), Error::Kind::Conflict);
        QCOMPARE(kind(b.updateAlias({kFn, QStringLiteral("live"), QStringLiteral("2"), {}, {}, QStringLiteral("old")})),
                 Error::Kind::PreconditionFailed);
        QCOMPARE(kind(b.updateAlias({kFn, QStringLiteral("nope"), QStringLiteral("2"), {}, {}, {}})),
                 Error::Kind::NotFound);

        // A version an alias uses cannot be deleted; the refusal names the alias.
        for (int version : {1, 2}) {
            const Status refused = b.deleteVersion(kFn, version);
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, Error::Kind::Conflict);
            QVERIFY2(refused.error().message.contains(u"live"), qPrintable(refused.error().message));
        }
        QCOMPARE(invoke(b, QStringLiteral("1"))->executedVersion, QStringLiteral("1")); // still there

        // Back to one version: the routing goes, version 2 is free.
        const auto single = b.updateAlias({kFn, QStringLiteral("live"), {}, {}, QMap<QString, double>{}, {}});
        QVERIFY(single);
        QVERIFY(!single->isWeighted());
        QVERIFY(b.deleteVersion(kFn, 2));
        QVERIFY(b.deleteAlias(kFn, QStringLiteral("live")));
        QCOMPARE(b.deleteAlias(kFn, QStringLiteral("live")).error().kind, Error::Kind::NotFound);
        QCOMPARE(invoke(b, QStringLiteral("live")).error().kind, Error::Kind::NotFound);
        QVERIFY(b.deleteVersion(kFn, 1));
    }

    // Aliases survive a restart.
    void aliasesPersist()
    {
        QTemporaryDir ws;
        const testsupport::Writable writable{ws.path()};
        Backend::Options options;
        options.workspace = ws.path();
        options.persistLogs = false;
        {
            Backend b(options);
            QVERIFY(b.start());
            makeVersions(b);
            QVERIFY(b.createAlias(kFn, QStringLiteral("live"), QStringLiteral("2"), QStringLiteral("d"),
                                  {{QStringLiteral("1"), 0.5}}));
            b.stop();
        }
        Backend again(options);
        QVERIFY(again.start());
        const auto live = again.getAlias(kFn, QStringLiteral("live"));
        QVERIFY(live);
        QCOMPARE(live->functionVersion, QStringLiteral("2"));
        QCOMPARE(live->description, QStringLiteral("d"));
        QCOMPARE(live->additionalVersion, QStringLiteral("1"));
        QCOMPARE(live->additionalWeight, 0.5);
        QCOMPARE(again.deleteVersion(kFn, 1).error().kind, Error::Kind::Conflict);
        again.stop();
    }

    // Weighted routing is random per invocation: over 2,000 invocations with 30 % for version
    // 2, its share lies within 5 standard deviations of 600 (sd = sqrt(2000 * 0.3 * 0.7) = 20.5).
    void weightedRoutingFollowsTheWeight()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        makeVersions(b);
        QVERIFY(b.createAlias(kFn, QStringLiteral("canary"), QStringLiteral("1"), {}, {{QStringLiteral("2"), 0.3}}));
        int second = 0;
        for (int i = 0; i < 2000; ++i) {
            const auto r = invoke(b, QStringLiteral("canary"));
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            const int v = testsupport::object(r->payload).value(u"v").toInt();
            QVERIFY(v == 1 || v == 2);
            QCOMPARE(r->executedVersion, QString::number(v));
            second += v == 2;
        }
        QVERIFY2(second > 600 - 5 * 20.5 && second < 600 + 5 * 20.5, qPrintable(QString::number(second)));
    }
};

QTEST_GUILESS_MAIN(TestAliases)
#include "tst_aliases.moc"
