// Function URL configurations in the Backend: create/update/get/delete/list with AWS's rules
// (one per qualifier, no version numbers, aliases only when they exist), the url id index the
// URL server looks requests up in, function-urls.json across a restart, and the URLs going away
// with their alias or their function — never part of the code, its CodeSha256 or a version.
#include "store/functionurlstore.h"
#include "testsupport.h"

#include <QSignalSpy>

using namespace lambdesk;
using namespace Qt::StringLiterals;

namespace {

const QString kFn = u"web"_s;

FunctionUrlConfig urlOf(const QString &function, const QString &qualifier = {})
{
    FunctionUrlConfig c;
    c.functionName = function;
    c.qualifier = qualifier;
    return c;
}

} // namespace

class TestFunctionUrls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_code;

    void makeFunction(Backend &b, const QString &name = kFn)
    {
        FunctionConfig c;
        c.name = name;
        c.runtime = b.runtimes().preferred(RuntimeFamily::Python)->id;
        c.handler = u"lambda_function.handler"_s;
        const auto created = b.createFunction(c, CodeSource::directory(m_code.path()));
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(m_code.filePath(u"lambda_function.py"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("def handler(event, context):\n    return {'statusCode': 200, 'body': 'hi'}\n");
    }

    void createGetUpdateDeleteList()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        makeFunction(b);
        QSignalSpy changed(&b, &Backend::functionUrlsChanged);

        QVERIFY(b.listFunctionUrlConfigs(kFn)->isEmpty());
        FunctionUrlConfig asked = urlOf(kFn);
        asked.authType = FunctionUrlAuthType::AwsIam;
        asked.cors = FunctionUrlCors{};
        asked.cors->allowOrigins = {u"https://example.com"_s};
        const auto created = b.createFunctionUrlConfig(asked);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QVERIFY(functionurl::isUrlId(created->urlId));
        QCOMPARE(created->functionName, kFn);
        QCOMPARE(created->qualifier, QString());
        QCOMPARE(created->authType, FunctionUrlAuthType::AwsIam);
        QCOMPARE(created->cors->allowOrigins, QStringList{u"https://example.com"_s});
        QVERIFY(!created->creationTime.isEmpty());
        QCOMPARE(created->lastModifiedTime, created->creationTime);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().at(0).toString(), kFn);
        QVERIFY(QFile::exists(functionurlstore::fileOf(tb.root() + u"/functions/"_s + kFn)));

        QCOMPARE(*b.getFunctionUrlConfig(kFn, {}), created.value());
        QCOMPARE(*b.getFunctionUrlConfig(kFn, u"$LATEST"_s), created.value()); // $LATEST is the unqualified one
        QCOMPARE(*b.functionUrlById(created->urlId), created.value());
        QVERIFY(!b.functionUrlById(functionurl::newUrlId()));

        // Update changes only what it names; the id and the creation time stay.
        Backend::FunctionUrlPatch patch;
        patch.authType = FunctionUrlAuthType::None;
        const auto updated = b.updateFunctionUrlConfig(kFn, {}, patch);
        QVERIFY(updated);
        QCOMPARE(updated->authType, FunctionUrlAuthType::None);
        QCOMPARE(updated->cors, created->cors);
        QCOMPARE(updated->urlId, created->urlId);
        QCOMPARE(updated->creationTime, created->creationTime);
        QCOMPARE(b.functionUrlById(created->urlId)->authType, FunctionUrlAuthType::None); // the index follows
        Backend::FunctionUrlPatch noCors;
        noCors.cors = std::optional<FunctionUrlCors>();
        noCors.invokeMode = FunctionUrlInvokeMode::ResponseStream;
        const auto uncors = b.updateFunctionUrlConfig(kFn, {}, noCors);
        QVERIFY(uncors);
        QVERIFY(!uncors->cors);
        QCOMPARE(uncors->invokeMode, FunctionUrlInvokeMode::ResponseStream);
        QCOMPARE(changed.size(), 2);

        // A bad CORS setting changes nothing.
        Backend::FunctionUrlPatch bad;
        bad.cors = FunctionUrlCors{};
        (*bad.cors)->maxAge = 90000;
        const auto refused = b.updateFunctionUrlConfig(kFn, {}, bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, u"Cors.MaxAge"_s);
        QCOMPARE(*b.getFunctionUrlConfig(kFn, {}), uncors.value());

        const auto list = b.listFunctionUrlConfigs(kFn);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first(), uncors.value());

        QVERIFY(b.deleteFunctionUrlConfig(kFn, {}));
        QVERIFY(!b.functionUrlById(created->urlId));
        QCOMPARE(b.getFunctionUrlConfig(kFn, {}).error().kind, Error::Kind::NotFound);
        QCOMPARE(b.deleteFunctionUrlConfig(kFn, {}).error().kind, Error::Kind::NotFound);
        QCOMPARE(b.updateFunctionUrlConfig(kFn, {}, patch).error().kind, Error::Kind::NotFound);
        QVERIFY(b.listFunctionUrlConfigs(kFn)->isEmpty());
        QVERIFY(!QFile::exists(functionurlstore::fileOf(tb.root() + u"/functions/"_s + kFn)));
        QCOMPARE(changed.size(), 3);
    }

    void rules()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        makeFunction(b);
        QVERIFY(b.publishVersion({kFn, {}, {}, {}}));
        QVERIFY(b.createAlias(kFn, u"live"_s, u"1"_s, {}));

        QVERIFY(b.createFunctionUrlConfig(urlOf(kFn)));
        const auto again = b.createFunctionUrlConfig(urlOf(kFn, u"$LATEST"_s));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QVERIFY2(again.error().message.contains(u"FunctionUrlConfig exists"_s), qPrintable(again.error().message));

        const auto version = b.createFunctionUrlConfig(urlOf(kFn, u"1"_s));
        QVERIFY(!version);
        QCOMPARE(version.error().kind, Error::Kind::InvalidParameter);
        QCOMPARE(version.error().field, u"Qualifier"_s);
        QVERIFY2(version.error().message.contains(u"((?!^\\d+$)^[0-9a-zA-Z-_]+$)"_s), qPrintable(version.error().message));
        QCOMPARE(b.getFunctionUrlConfig(kFn, u"1"_s).error().kind, Error::Kind::InvalidParameter);

        const auto unknownAlias = b.createFunctionUrlConfig(urlOf(kFn, u"blue"_s));
        QVERIFY(!unknownAlias);
        QCOMPARE(unknownAlias.error().kind, Error::Kind::NotFound);
        QVERIFY(unknownAlias.error().message.contains(u"blue"_s));

        const auto unknownFunction = b.createFunctionUrlConfig(urlOf(u"nope"_s));
        QCOMPARE(unknownFunction.error().kind, Error::Kind::NotFound);
        QCOMPARE(b.listFunctionUrlConfigs(u"nope"_s).error().kind, Error::Kind::NotFound);

        FunctionUrlConfig badCors = urlOf(kFn, u"live"_s);
        badCors.cors = FunctionUrlCors{};
        badCors.cors->allowMethods = {u"TRACE"_s};
        const auto refused = b.createFunctionUrlConfig(badCors);
        QCOMPARE(refused.error().field, u"Cors.AllowMethods"_s);

        const auto live = b.createFunctionUrlConfig(urlOf(kFn, u"live"_s));
        QVERIFY(live);
        QCOMPARE(live->qualifier, u"live"_s);
        QVERIFY(live->urlId != b.getFunctionUrlConfig(kFn, {})->urlId);
        // The unqualified one first, then by alias.
        const auto list = b.listFunctionUrlConfigs(kFn);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).qualifier, QString());
        QCOMPARE(list->at(1).qualifier, u"live"_s);
    }

    // Deleting an alias deletes its URL; deleting the function deletes all of them.
    void cascades()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        makeFunction(b);
        makeFunction(b, u"other"_s);
        QVERIFY(b.publishVersion({kFn, {}, {}, {}}));
        QVERIFY(b.createAlias(kFn, u"live"_s, u"1"_s, {}));
        const auto latest = b.createFunctionUrlConfig(urlOf(kFn));
        const auto live = b.createFunctionUrlConfig(urlOf(kFn, u"live"_s));
        const auto other = b.createFunctionUrlConfig(urlOf(u"other"_s));
        QVERIFY(latest && live && other);
        QSignalSpy changed(&b, &Backend::functionUrlsChanged);

        QVERIFY(b.deleteAlias(kFn, u"live"_s));
        QVERIFY(!b.functionUrlById(live->urlId));
        QVERIFY(b.functionUrlById(latest->urlId));
        QCOMPARE(b.listFunctionUrlConfigs(kFn)->size(), 1);
        QCOMPARE(changed.size(), 1);
        // An alias made again under the same name has no URL.
        QVERIFY(b.createAlias(kFn, u"live"_s, u"1"_s, {}));
        QCOMPARE(b.getFunctionUrlConfig(kFn, u"live"_s).error().kind, Error::Kind::NotFound);

        QVERIFY(b.deleteFunction(kFn));
        QVERIFY(!b.functionUrlById(latest->urlId));
        QVERIFY(b.functionUrlById(other->urlId)); // another function's stays
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(0).toString(), kFn);
        makeFunction(b); // the same name again: a new function, without the old URLs
        QVERIFY(b.listFunctionUrlConfigs(kFn)->isEmpty());
    }

    // function-urls.json is read at start: the same ids, settings and times, found by id.
    void survivesRestart()
    {
        QTemporaryDir dir;
        testsupport::Writable writable{dir.path()};
        Backend::Options options;
        options.workspace = dir.path();
        FunctionUrlConfig latest, live;
        {
            Backend b(options);
            QVERIFY(b.start());
            makeFunction(b);
            QVERIFY(b.publishVersion({kFn, {}, {}, {}}));
            QVERIFY(b.createAlias(kFn, u"live"_s, u"1"_s, {}));
            FunctionUrlConfig asked = urlOf(kFn);
            asked.cors = FunctionUrlCors{};
            asked.cors->allowOrigins = {u"*"_s};
            asked.cors->allowHeaders = {u"content-type"_s};
            asked.cors->maxAge = 600;
            latest = b.createFunctionUrlConfig(asked).value();
            FunctionUrlConfig iam = urlOf(kFn, u"live"_s);
            iam.authType = FunctionUrlAuthType::AwsIam;
            live = b.createFunctionUrlConfig(iam).value();
            b.stop();
        }
        Backend b(options);
        QVERIFY(b.start());
        QCOMPARE(*b.getFunctionUrlConfig(kFn, {}), latest);
        QCOMPARE(*b.getFunctionUrlConfig(kFn, u"live"_s), live);
        QCOMPARE(*b.functionUrlById(latest.urlId), latest);
        QCOMPARE(*b.functionUrlById(live.urlId), live);
        QCOMPARE(b.listFunctionUrlConfigs(kFn)->size(), 2);
        b.stop();
    }

    // The URLs are kept beside function.json, not in the code: creating one changes neither
    // the CodeSha256 nor what a version records.
    void notPartOfTheCode()
    {
        testsupport::TestBackend tb;
        Backend &b = *tb.backend;
        makeFunction(b);
        const QString sha = b.getFunction(kFn)->codeSha256;
        QVERIFY(b.createFunctionUrlConfig(urlOf(kFn)));
        const QString dir = tb.root() + u"/functions/"_s + kFn;
        QVERIFY(QFile::exists(dir + u"/function-urls.json"_s));
        QVERIFY(!QFile::exists(dir + u"/code/function-urls.json"_s));
        QCOMPARE(b.getFunction(kFn)->codeSha256, sha);
        const auto published = b.publishVersion({kFn, {}, {}, {}});
        QVERIFY(published);
        QCOMPARE(published->version.config.codeSha256, sha);
        QVERIFY(!QFile::exists(dir + u"/versions/1/function-urls.json"_s));
        QVERIFY(!QFile::exists(dir + u"/versions/1/code/function-urls.json"_s));
    }

    // A broken function-urls.json: the function starts without URLs, with a warning.
    void unreadableFile()
    {
        QTemporaryDir dir;
        testsupport::Writable writable{dir.path()};
        Backend::Options options;
        options.workspace = dir.path();
        QString id;
        {
            Backend b(options);
            QVERIFY(b.start());
            makeFunction(b);
            id = b.createFunctionUrlConfig(urlOf(kFn))->urlId;
            b.stop();
        }
        QFile f(dir.path() + u"/functions/"_s + kFn + u"/function-urls.json"_s);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ not json");
        f.close();
        Backend b(options);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"The function URLs of web cannot be read"_s));
        QVERIFY(b.start());
        QVERIFY(!b.functionUrlById(id));
        QVERIFY(b.getFunction(kFn));
        // Nothing overwrites the file while it cannot be read.
        const auto refused = b.createFunctionUrlConfig(urlOf(kFn));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"cannot be read"_s), qPrintable(refused.error().message));
        QFile again(f.fileName());
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("{ not json"));
        b.stop();
    }
};

QTEST_GUILESS_MAIN(TestFunctionUrls)
#include "tst_functionurls.moc"
