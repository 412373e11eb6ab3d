// The Runtime API's routing, replies and state machine, without sockets.
#include "runtime/runtimeapi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace lambdesk;
using namespace lambdesk::runtimeapi;

Q_DECLARE_METATYPE(lambdesk::runtimeapi::Route)

namespace {
Event makeEvent(const QString &id)
{
    Event e;
    e.requestId = id;
    e.payload = QByteArrayLiteral("{\"k\":1}");
    e.deadlineMs = 1700000000123;
    e.functionArn = QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:f");
    e.traceId = QStringLiteral("Root=1-abc;Parent=def;Sampled=0");
    return e;
}
QJsonObject body(const Reply &r)
{
    return QJsonDocument::fromJson(r.body).object();
}
} // namespace

class TestRuntimeApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<Route>("route");
        QTest::addColumn<QString>("requestId");
        QTest::newRow("next") << QByteArray("GET") << "/2018-06-01/runtime/invocation/next" << Route::Next << "";
        QTest::newRow("next by POST") << QByteArray("POST") << "/2018-06-01/runtime/invocation/next"
                                      << Route::MethodNotAllowed << "";
        QTest::newRow("response") << QByteArray("POST") << "/2018-06-01/runtime/invocation/abc-123/response"
                                  << Route::Response << "abc-123";
        QTest::newRow("response by GET") << QByteArray("GET") << "/2018-06-01/runtime/invocation/abc/response"
                                         << Route::MethodNotAllowed << "abc";
        QTest::newRow("error") << QByteArray("POST") << "/2018-06-01/runtime/invocation/abc/error" << Route::Error
                               << "abc";
        QTest::newRow("init error") << QByteArray("POST") << "/2018-06-01/runtime/init/error" << Route::InitError << "";
        QTest::newRow("old version") << QByteArray("GET") << "/2017-01-01/runtime/invocation/next" << Route::NotFound
                                     << "";
        QTest::newRow("unknown verb") << QByteArray("POST") << "/2018-06-01/runtime/invocation/abc/bogus"
                                      << Route::NotFound << "";
        QTest::newRow("nested id") << QByteArray("POST") << "/2018-06-01/runtime/invocation/a/b/response"
                                   << Route::NotFound << "";
        QTest::newRow("no id") << QByteArray("POST") << "/2018-06-01/runtime/invocation//response" << Route::NotFound
                               << "";
        QTest::newRow("root") << QByteArray("GET") << "/" << Route::NotFound << "";
    }
    void parse()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(Route, route);
        QFETCH(QString, requestId);
        const Request r = runtimeapi::parse(method, path);
        QCOMPARE(r.route, route);
        QCOMPARE(r.requestId, requestId);
    }

    void replies()
    {
        const Reply ok = accepted();
        QCOMPARE(ok.status, 202);
        QCOMPARE(ok.body, QByteArrayLiteral("{\"status\":\"OK\"}"));
        const Reply err = error(400, QStringLiteral("InvalidRequestID"), QStringLiteral("Invalid request ID"));
        QCOMPARE(err.status, 400);
        QCOMPARE(body(err).value(QStringLiteral("errorType")).toString(), QStringLiteral("InvalidRequestID"));
        QCOMPARE(body(err).value(QStringLiteral("errorMessage")).toString(), QStringLiteral("Invalid request ID"));
        QCOMPARE(notFound().status, 404);
        QCOMPARE(methodNotAllowed().status, 405);
    }

    void nextHeaders()
    {
        Event e = makeEvent(QStringLiteral("id-1"));
        Headers h = runtimeapi::nextHeaders(e);
        auto value = [&](const char *key) {
            for (const auto &[k, v] : h) {
                if (k == key)
                    return v;
            }
            return QByteArray("<absent>");
        };
        QCOMPARE(value("Lambda-Runtime-Aws-Request-Id"), QByteArray("id-1"));
        QCOMPARE(value("Lambda-Runtime-Deadline-Ms"), QByteArray("1700000000123"));
        QCOMPARE(value("Lambda-Runtime-Invoked-Function-Arn"),
                 QByteArray("arn:aws:lambda:us-east-1:000000000000:function:f"));
        QCOMPARE(value("Lambda-Runtime-Trace-Id"), QByteArray("Root=1-abc;Parent=def;Sampled=0"));
        QCOMPARE(value("Content-Type"), QByteArray("application/json"));
        QCOMPARE(value("Lambda-Runtime-Client-Context"), QByteArray("<absent>"));
        e.clientContext = QByteArrayLiteral("{\"custom\":{\"a\":\"b\"}}");
        e.cognitoIdentity = QByteArrayLiteral("{\"cognitoIdentityId\":\"x\"}");
        h = runtimeapi::nextHeaders(e);
        QCOMPARE(value("Lambda-Runtime-Client-Context"), e.clientContext);
        QCOMPARE(value("Lambda-Runtime-Cognito-Identity"), e.cognitoIdentity);
    }

    // What reaches a header is never able to start another one: a client context (or any
    // other value) with CR, LF or NUL is not written as it is.
    void nextHeadersNeverBreakLines()
    {
        Event e = makeEvent(QStringLiteral("id-1"));
        e.clientContext = QByteArrayLiteral("{\"custom\":{}}\r\nLambda-Runtime-Aws-Request-Id: forged");
        e.cognitoIdentity = QByteArray("{}\0x", 4);
        e.traceId = QStringLiteral("Root=1\nX: y");
        const Headers h = runtimeapi::nextHeaders(e);
        int ids = 0;
        for (const auto &[k, v] : h) {
            QVERIFY2(!k.contains('\r') && !k.contains('\n') && !k.contains('\0'), k.constData());
            QVERIFY2(!v.contains('\r') && !v.contains('\n') && !v.contains('\0'), v.constData());
            ids += k == "Lambda-Runtime-Aws-Request-Id";
        }
        QCOMPARE(ids, 1);
    }

    void coldStartDeliversOnFirstNext()
    {
        Protocol p;
        QCOMPARE(p.phase(), Protocol::Phase::Init);
        auto out = p.assign(makeEvent(QStringLiteral("a")));
        QVERIFY(!out.deliver); // the runtime has not asked yet
        out = p.onNext();
        QVERIFY(out.initFinished);
        QVERIFY(out.deliver);
        QCOMPARE(out.deliver->requestId, QStringLiteral("a"));
        QVERIFY(!out.reply); // the long-poll is answered with the event, not a reply
        QCOMPARE(p.phase(), Protocol::Phase::Invoking);
        out = p.onResponse(QStringLiteral("a"), 10);
        QCOMPARE(out.reply->status, 202);
        QCOMPARE(out.completion->kind, Protocol::Completion::Kind::Response);
        QCOMPARE(out.completion->requestId, QStringLiteral("a"));
        QCOMPARE(p.phase(), Protocol::Phase::Ready);
    }

    void warmNextIsHeldUntilWorkArrives()
    {
        Protocol p;
        p.assign(makeEvent(QStringLiteral("a")));
        p.onNext();
        p.onResponse(QStringLiteral("a"), 1);
        auto out = p.onNext();
        QVERIFY(!out.initFinished);
        QVERIFY(!out.deliver && !out.reply); // held
        QVERIFY(p.holdingNext());
        out = p.assign(makeEvent(QStringLiteral("b")));
        QVERIFY(out.deliver);
        QCOMPARE(out.deliver->requestId, QStringLiteral("b"));
    }

    void wrongRequestIdIs400()
    {
        Protocol p;
        p.assign(makeEvent(QStringLiteral("a")));
        p.onNext();
        auto out = p.onResponse(QStringLiteral("zzz"), 1);
        QCOMPARE(out.reply->status, 400);
        QCOMPARE(body(*out.reply).value(QStringLiteral("errorType")).toString(), QStringLiteral("InvalidRequestID"));
        QVERIFY(!out.completion);
        out = p.onError(QStringLiteral("zzz"));
        QCOMPARE(out.reply->status, 400);
        // the right id still works afterwards
        QCOMPARE(p.onError(QStringLiteral("a")).completion->kind, Protocol::Completion::Kind::FunctionError);
    }

    void responseWithoutInvocationIs403()
    {
        Protocol p;
        auto out = p.onResponse(QStringLiteral("a"), 1);
        QCOMPARE(out.reply->status, 403);
        QCOMPARE(body(*out.reply).value(QStringLiteral("errorType")).toString(),
                 QStringLiteral("InvalidStateTransition"));
        p.assign(makeEvent(QStringLiteral("a")));
        p.onNext();
        p.onResponse(QStringLiteral("a"), 1);
        out = p.onResponse(QStringLiteral("a"), 1); // twice
        QCOMPARE(out.reply->status, 403);
    }

    void nextWhileInvokingIs403()
    {
        Protocol p;
        p.assign(makeEvent(QStringLiteral("a")));
        p.onNext();
        const auto out = p.onNext();
        QCOMPARE(out.reply->status, 403);
        QCOMPARE(body(*out.reply).value(QStringLiteral("errorType")).toString(),
                 QStringLiteral("InvalidStateTransition"));
    }

    void oversizedResponseIs413AndEndsTheInvocation()
    {
        Protocol p;
        p.assign(makeEvent(QStringLiteral("a")));
        p.onNext();
        const auto out = p.onResponse(QStringLiteral("a"), kMaxResponseBytes + 1);
        QCOMPARE(out.reply->status, 413);
        QCOMPARE(body(*out.reply).value(QStringLiteral("errorType")).toString(),
                 QStringLiteral("RequestEntityTooLarge"));
        QCOMPARE(out.completion->kind, Protocol::Completion::Kind::ResponseTooLarge);
        QCOMPARE(p.onResponse(QStringLiteral("a"), kMaxResponseBytes).reply->status, 403); // already over
    }

    void exactlyTheLimitIsAccepted()
    {
        Protocol p;
        p.assign(makeEvent(QStringLiteral("a")));
        p.onNext();
        QCOMPARE(p.onResponse(QStringLiteral("a"), kMaxResponseBytes).reply->status, 202);
    }

    void initErrorOnlyDuringInit()
    {
        Protocol p;
        p.assign(makeEvent(QStringLiteral("a")));
        auto out = p.onInitError();
        QCOMPARE(out.reply->status, 202);
        QCOMPARE(out.completion->kind, Protocol::Completion::Kind::InitError);
        QCOMPARE(out.completion->requestId, QStringLiteral("a"));
        QCOMPARE(p.phase(), Protocol::Phase::Failed);
        QCOMPARE(p.onNext().reply->status, 403); // a failed environment serves nothing

        Protocol q;
        q.onNext();
        QCOMPARE(q.onInitError().reply->status, 403);
    }

    void undeliveredEventGoesToTheNextPoll()
    {
        Protocol p;
        p.onNext(); // init done, held
        auto out = p.assign(makeEvent(QStringLiteral("a")));
        QVERIFY(out.deliver);
        p.undeliver();    // the socket was gone
        out = p.onNext(); // the runtime reconnects
        QVERIFY(out.deliver);
        QCOMPARE(out.deliver->requestId, QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestRuntimeApi)
#include "tst_runtimeapi.moc"
