// Published versions: immutable snapshots of code and configuration recorded as git commits and
// tags in the function's own repository, run from a read-only snapshot, never from $LATEST.
#include "store/versionstore.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QProcess>

#include <sys/stat.h>
#include <unistd.h>

using namespace lambdesk;

namespace {

const QString kFn = QStringLiteral("fn");

QByteArray handlerReturning(const QByteArray &value)
{
    return "import os\ndef handler(event, context):\n    return {'v': " + value
        + ", 'version': os.environ['AWS_LAMBDA_FUNCTION_VERSION'], 'context': context.function_version,"
          " 'arn': context.invoked_function_arn}\n";
}

// Plain git, in the function's folder: what a user would run.
QString git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("git failed: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

Result<InvocationResult> invoke(Backend &b, const QString &name, const QString &qualifier)
{
    return testsupport::invokeAndWait(b, name, qualifier);
}

// No write bit for anyone (isWritable() says yes to root, who may write anything).
bool readOnly(const QString &path)
{
    return QFileInfo::exists(path)
        && !(QFileInfo(path).permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

QJsonObject answer(const Result<InvocationResult> &r)
{
    if (!r)
        qWarning("invocation failed: %s", qPrintable(r.error().message));
    return r ? QJsonDocument::fromJson(r->payload).object() : QJsonObject();
}

// A tree that exercises git's rules: a folder whose name is a prefix of files' ("lib" sorts
// after "lib.py" and "lib-x.py" in git's order), an executable, a link, an empty file, depth.
void writeTrickyTree(const QString &root)
{
    const QList<std::pair<QString, QByteArray>> files{
        {QStringLiteral("lambda_function.py"), handlerReturning("1")},
        {QStringLiteral("lib.py"), "x = 1\n"},
        {QStringLiteral("lib-x.py"), "y = 2\n"},
        {QStringLiteral("lib/util.py"), "def util():\n    return 'util'\n"},
        {QStringLiteral("lib/deep/er/data.txt"), QByteArray(100000, 'd')},
        {QStringLiteral("empty.txt"), QByteArray()},
        {QStringLiteral("run.sh"), "#!/bin/sh\necho run\n"},
    };
    for (const auto &[rel, content] : files) {
        QDir().mkpath(QFileInfo(root + u'/' + rel).absolutePath());
        QFile f(root + u'/' + rel);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(rel));
    }
    QFile::setPermissions(root + QStringLiteral("/run.sh"),
                          QFile::permissions(root + QStringLiteral("/run.sh")) | QFile::ExeOwner | QFile::ExeGroup
                              | QFile::ExeOther);
}

// A link (made in $LATEST's folder itself: a code source's copy follows links).
void addLink(const QString &root)
{
    if (::symlink("lib.py", QFile::encodeName(root + QStringLiteral("/link.py")).constData()) != 0)
        qFatal("cannot make a link");
}

// A Python function of writeTrickyTree's files in `code`; then a symbolic link (link.py to
// lib.py) is added to both `code` and the function's code, and the code synced.
bool createTrickyFunction(Backend &b, const QString &code)
{
    FunctionConfig c;
    c.name = kFn;
    c.runtime = b.runtimes().preferred(RuntimeFamily::Python)->id;
    c.handler = QStringLiteral("lambda_function.handler");
    if (!b.createFunction(c, CodeSource::directory(code)))
        return false;
    addLink(code);
    addLink(b.codeDir(kFn));
    return bool(b.syncCode(kFn));
}

struct stat statOf(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        qWarning("cannot stat %s", qPrintable(path));
    return st;
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

} // namespace

class TestVersionStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_code;

    // A backend on a workspace of its own that outlives it (for restarts).
    std::unique_ptr<Backend> startBackend(const QString &root)
    {
        Backend::Options options;
        options.workspace = root;
        options.persistLogs = false;
        auto b = std::make_unique<Backend>(options);
        if (!b->start())
            qFatal("backend did not start");
        return b;
    }

    void createFn(Backend &b)
    {
        FunctionConfig c;
        c.name = kFn;
        c.runtime = b.runtimes().preferred(RuntimeFamily::Python)->id;
        c.handler = QStringLiteral("lambda_function.handler");
        c.description = QStringLiteral("the function");
        const auto created = b.createFunction(c, CodeSource::directory(m_code.path()));
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    }

    static Result<versionstore::Published> publish(Backend &b, const QString &description = {})
    {
        return b.publishVersion(Backend::PublishRequest{kFn, description, {}, {}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(m_code.filePath(QStringLiteral("lambda_function.py")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(handlerReturning("1"));
    }

    // A version is a commit and a tag in the function's folder, readable with plain git.
    void publishRecordsAGitVersion()
    {
        QTemporaryDir ws;
        const testsupport::Writable writable{ws.path()};
        auto b = startBackend(ws.path());
        createFn(*b);
        const auto v1 = publish(*b, QStringLiteral("first release"));
        QVERIFY2(v1, v1 ? "" : qPrintable(v1.error().message));
        QVERIFY(v1->created);
        QCOMPARE(v1->version.number, 1);
        QCOMPARE(v1->version.config.description, QStringLiteral("first release"));
        QCOMPARE(v1->version.config.codeSha256, b->getFunction(kFn)->codeSha256);
        QVERIFY(!v1->version.config.lastModified.isEmpty());

        const QString dir = ws.path() + QStringLiteral("/functions/fn");
        QVERIFY(git(dir, {QStringLiteral("log"), QStringLiteral("--format=%s")}).contains(u"Version 1: first release"));
        QCOMPARE(git(dir, {QStringLiteral("show"), QStringLiteral("v1:code/lambda_function.py")}).toUtf8(),
                 handlerReturning("1"));
        QVERIFY(git(dir, {QStringLiteral("show"), QStringLiteral("v1:function.json")}).contains(u"\"Handler\""));
        QCOMPARE(git(dir, {QStringLiteral("tag")}).trimmed(), QStringLiteral("v1"));
        QCOMPARE(git(dir, {QStringLiteral("rev-parse"), QStringLiteral("v1^{commit}")}).trimmed(), v1->version.commit);
        // Right after a publish the code is as in it.
        QCOMPARE(git(dir,
                     {QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("--"),
                      QStringLiteral("code")}),
                 QString());

        QVERIFY(b->saveCodeFile(kFn, QStringLiteral("lambda_function.py"), handlerReturning("2")));
        const auto v2 = publish(*b);
        QVERIFY(v2);
        QCOMPARE(v2->version.number, 2);
        QCOMPARE(v2->version.config.description, QStringLiteral("the function")); // $LATEST's, none given
        const QString log = git(dir, {QStringLiteral("log"), QStringLiteral("--format=%s")});
        QCOMPARE(log.split(u'\n', Qt::SkipEmptyParts),
                 QStringList({QStringLiteral("Version 2: the function"), QStringLiteral("Version 1: first release")}));
        QVERIFY(git(dir,
                    {QStringLiteral("diff"), QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("--"),
                     QStringLiteral("code")})
                    .contains(u"+    return {'v': 2"));
        b.reset(); // releases the workspace
    }

    // Numbers go 1, 2, 3; nothing changed since the newest version answers that version; a
    // deleted number is never given again.
    void numberingAndNoChangePublish()
    {
        QTemporaryDir ws;
        const testsupport::Writable writable{ws.path()};
        auto b = startBackend(ws.path());
        createFn(*b);
        QCOMPARE(publish(*b)->version.number, 1);
        const auto same = publish(*b, QStringLiteral("another description"));
        QVERIFY(same);
        QVERIFY(!same->created);
        QCOMPARE(same->version.number, 1);
        QCOMPARE(b->listVersions(kFn)->size(), 1);

        // A configuration change is a change.
        FunctionConfig c = b->getFunction(kFn).value();
        c.memorySize = 256;
        QVERIFY(b->updateConfiguration(c));
        const auto v2 = publish(*b);
        QVERIFY(v2 && v2->created);
        QCOMPARE(v2->version.number, 2);
        QCOMPARE(v2->version.config.memorySize, 256);
        QCOMPARE(b->getVersion(kFn, 1)->config.memorySize, 128);

        QVERIFY(b->deleteVersion(kFn, 2));
        QCOMPARE(b->getVersion(kFn, 2).error().kind, Error::Kind::NotFound);
        const auto v3 = publish(*b);
        QVERIFY(v3 && v3->created);
        QCOMPARE(v3->version.number, 3);
        b.reset(); // releases the workspace

        // After a restart too.
        auto again = startBackend(ws.path());
        QList<int> numbers;
        const auto listed = again->listVersions(kFn);
        QVERIFY(listed);
        for (const FunctionVersion &v : listed.value())
            numbers.append(v.number);
        QCOMPARE(numbers, QList<int>({1, 3}));
        QCOMPARE(again->getVersion(kFn, 3)->config.memorySize, 256);
        c = again->getFunction(kFn).value();
        c.timeout = 9;
        QVERIFY(again->updateConfiguration(c));
        QCOMPARE(publish(*again)->version.number, 4);
        again->stop();
    }

    // A version runs from its read-only snapshot: editing and deploying $LATEST does not touch
    // it, also after a restart; the handler sees the version it runs.
    void versionsAreImmutable()
    {
        QTemporaryDir ws;
        const testsupport::Writable writable{ws.path()};
        auto b = startBackend(ws.path());
        createFn(*b);
        QVERIFY(publish(*b));
        QVERIFY(b->saveCodeFile(kFn, QStringLiteral("lambda_function.py"), handlerReturning("2")));
        QTemporaryDir other;
        QFile f(other.filePath(QStringLiteral("lambda_function.py")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(handlerReturning("3"));
        f.close();
        QVERIFY(b->updateCode(kFn, CodeSource::directory(other.path())));

        QJsonObject one = answer(invoke(*b, kFn, QStringLiteral("1")));
        QCOMPARE(one.value(u"v").toInt(), 1);
        QCOMPARE(one.value(u"version").toString(), QStringLiteral("1"));
        QCOMPARE(one.value(u"context").toString(), QStringLiteral("1"));
        QCOMPARE(one.value(u"arn").toString(), b->functionArn(kFn) + QStringLiteral(":1"));
        const auto latest = invoke(*b, kFn, {});
        QCOMPARE(answer(latest).value(u"v").toInt(), 3);
        QCOMPARE(answer(latest).value(u"version").toString(), QStringLiteral("$LATEST"));
        QCOMPARE(latest->executedVersion, QStringLiteral("$LATEST"));
        const auto ran = invoke(*b, kFn, QStringLiteral("1"));
        QCOMPARE(ran->executedVersion, QStringLiteral("1"));
        QVERIFY(testsupport::hasLine(
            ran.value(), QStringLiteral("START RequestId: ") + ran->requestId + QStringLiteral(" Version: 1")));

        // Read-only: neither the handler nor a slip of the user changes it.
        const QString snapshot = b->versionCodeDir(kFn, 1);
        QVERIFY(QFileInfo(snapshot + QStringLiteral("/lambda_function.py")).exists());
        QVERIFY(readOnly(snapshot + QStringLiteral("/lambda_function.py")));
        QVERIFY(readOnly(snapshot));
        QVERIFY(!QFileInfo::exists(snapshot + QStringLiteral("/__pycache__"))); // nothing written into it
        b.reset();                                                              // releases the workspace

        auto again = startBackend(ws.path());
        QCOMPARE(answer(invoke(*again, kFn, QStringLiteral("1"))).value(u"v").toInt(), 1);
        QCOMPARE(answer(invoke(*again, kFn, {})).value(u"v").toInt(), 3);
        QCOMPARE(invoke(*again, kFn, QStringLiteral("2")).error().kind, Error::Kind::NotFound);
        QCOMPARE(invoke(*again, kFn, QStringLiteral("01")).error().kind, Error::Kind::NotFound);
        again->stop();
    }

    // Every name form AWS takes reaches the same version; a mismatch is refused, naming both.
    void nameAndQualifierForms_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<int>("expected"); // 0: refused
        QTest::newRow("name") << QStringLiteral("fn") << QString() << 2;
        QTest::newRow("name:$LATEST") << QStringLiteral("fn:$LATEST") << QString() << 2;
        QTest::newRow("name:1") << QStringLiteral("fn:1") << QString() << 1;
        QTest::newRow("name, qualifier 1") << QStringLiteral("fn") << QStringLiteral("1") << 1;
        QTest::newRow("name:1, qualifier 1") << QStringLiteral("fn:1") << QStringLiteral("1") << 1;
        QTest::newRow("arn") << QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:fn") << QString() << 2;
        QTest::newRow("arn:1") << QStringLiteral("arn:aws:lambda:eu-west-1:123456789012:function:fn:1") << QString()
                               << 1;
        QTest::newRow("partial arn:1") << QStringLiteral("123456789012:function:fn:1") << QString() << 1;
        QTest::newRow("name:1, qualifier $LATEST") << QStringLiteral("fn:1") << QStringLiteral("$LATEST") << 0;
        QTest::newRow("bad arn") << QStringLiteral("arn:aws:s3:::bucket") << QString() << 0;
    }
    void nameAndQualifierForms()
    {
        QFETCH(QString, function);
        QFETCH(QString, qualifier);
        QFETCH(int, expected);
        testsupport::TestBackend tb;
        createFn(*tb.backend);
        QVERIFY(publish(*tb.backend));
        QVERIFY(tb.backend->saveCodeFile(kFn, QStringLiteral("lambda_function.py"), handlerReturning("2")));
        const auto r = invoke(*tb.backend, function, qualifier);
        if (expected == 0) {
            QVERIFY(!r);
            QCOMPARE(r.error().kind, Error::Kind::InvalidParameter);
            return;
        }
        QCOMPARE(answer(r).value(u"v").toInt(), expected);
        QCOMPARE(r->executedVersion, expected == 1 ? QStringLiteral("1") : QStringLiteral("$LATEST"));
    }

    // Environment variables belong to the version: changing $LATEST's leaves version 1's.
    void environmentIsPerVersion()
    {
        QTemporaryDir code;
        QFile f(code.filePath(QStringLiteral("lambda_function.py")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("import os\ndef handler(event, context):\n    return os.environ.get('COLOR')\n");
        f.close();
        testsupport::TestBackend tb;
        FunctionConfig c = tb.config(kFn, RuntimeFamily::Python, QStringLiteral("lambda_function.handler"));
        c.environment.insert(QStringLiteral("COLOR"), QStringLiteral("blue"));
        QVERIFY(tb.create(c, code.path()));
        QVERIFY(publish(*tb.backend));
        c = tb.backend->getFunction(kFn).value();
        c.environment.insert(QStringLiteral("COLOR"), QStringLiteral("green"));
        QVERIFY(tb.backend->updateConfiguration(c));
        QCOMPARE(invoke(*tb.backend, kFn, QStringLiteral("1"))->payload, QByteArray("\"blue\""));
        QCOMPARE(invoke(*tb.backend, kFn, {})->payload, QByteArray("\"green\""));
        QCOMPARE(tb.backend->getVersion(kFn, 1)->config.environment.value(QStringLiteral("COLOR")),
                 QStringLiteral("blue"));
    }

    // The asynchronous publish (what the API uses) does the same off the calling thread.
    void publishOffThread()
    {
        testsupport::TestBackend tb;
        createFn(*tb.backend);
        const auto published = testsupport::waitForAnswer<Result<versionstore::Published>>([&](auto reply) {
            tb.backend->publishVersion(Backend::PublishRequest{kFn, QStringLiteral("async"), {}, {}}, std::move(reply));
        });
        QVERIFY(published && *published);
        QCOMPARE((*published)->version.number, 1);
        QCOMPARE(answer(invoke(*tb.backend, kFn, QStringLiteral("1"))).value(u"v").toInt(), 1);
    }

    // The asynchronous delete (what the API and the console use): the version is gone for new
    // invocations at once; the git and disk work is done off the thread; a failure puts it back.
    void deleteOffThread()
    {
        testsupport::TestBackend tb;
        createFn(*tb.backend);
        QVERIFY(publish(*tb.backend));
        QVERIFY(tb.backend->saveCodeFile(kFn, QStringLiteral("lambda_function.py"), handlerReturning("2")));
        QVERIFY(publish(*tb.backend));
        const QString dir = tb.root() + QStringLiteral("/functions/fn");
        // whileRunning(answered) runs right after the call, told whether it has answered yet.
        auto deleteAndWait = [&](int number, auto whileRunning) {
            return testsupport::waitForAnswer<Status>([&](auto reply) {
                auto answered = std::make_shared<bool>(false);
                tb.backend->deleteVersion(kFn, number, [answered, reply](Status s) {
                    *answered = true;
                    reply(std::move(s));
                });
                whileRunning(*answered);
            });
        };

        bool goneAtOnce = false;
        const auto deleted = deleteAndWait(1, [&](bool finished) {
            goneAtOnce = !finished && tb.backend->getVersion(kFn, 1).error().kind == Error::Kind::NotFound;
        });
        QVERIFY(deleted && *deleted);
        QVERIFY(goneAtOnce);
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/versions/1")));
        QCOMPARE(git(dir, {QStringLiteral("tag")}).trimmed(), QStringLiteral("v2"));
        QCOMPARE(invoke(*tb.backend, kFn, QStringLiteral("1")).error().kind, Error::Kind::NotFound);

        // A repository that cannot be read: the delete fails and version 2 is still there.
        QFile head(dir + QStringLiteral("/.git/HEAD"));
        QVERIFY(head.open(QIODevice::ReadOnly));
        const QByteArray goodHead = head.readAll();
        head.close();
        QVERIFY(head.open(QIODevice::WriteOnly | QIODevice::Truncate));
        head.write("not a ref\n");
        head.close();
        const auto failed = deleteAndWait(2, [](bool) {});
        QVERIFY(failed && !*failed);
        const auto stillThere = tb.backend->getVersion(kFn, 2);
        QVERIFY2(stillThere, "a delete that failed puts the version back");
        QCOMPARE(stillThere->number, 2);
        QCOMPARE(answer(invoke(*tb.backend, kFn, QStringLiteral("2"))).value(u"v").toInt(), 2);
        QVERIFY(head.open(QIODevice::WriteOnly | QIODevice::Truncate));
        head.write(goodHead);
        head.close();
        QCOMPARE(tb.backend->listVersions(kFn)->size(), 1);
    }

    void preconditions()
    {
        testsupport::TestBackend tb;
        createFn(*tb.backend);
        const FunctionConfig latest = tb.backend->getFunction(kFn).value();
        auto wrongSha = tb.backend->publishVersion(Backend::PublishRequest{kFn, {}, QStringLiteral("abc="), {}});
        QVERIFY(!wrongSha);
        QCOMPARE(wrongSha.error().kind, Error::Kind::InvalidParameter);
        QCOMPARE(wrongSha.error().field, QStringLiteral("CodeSha256"));
        QVERIFY(wrongSha.error().message.contains(latest.codeSha256));
        auto wrongRevision = tb.backend->publishVersion(
            Backend::PublishRequest{kFn, {}, {}, QStringLiteral("not-the-revision")});
        QVERIFY(!wrongRevision);
        QCOMPARE(wrongRevision.error().kind, Error::Kind::PreconditionFailed);
        QVERIFY(tb.backend->listVersions(kFn)->isEmpty());
        const auto ok = tb.backend->publishVersion(
            Backend::PublishRequest{kFn, {}, latest.codeSha256, latest.revisionId()});
        QVERIFY(ok);
        QCOMPARE(ok->version.number, 1);
        QCOMPARE(tb.backend->publishVersion(Backend::PublishRequest{QStringLiteral("nope"), {}, {}, {}}).error().kind,
                 Error::Kind::NotFound);
    }

    // Deleting a version deletes its tag and its snapshot; deleting the function deletes all.
    void deleteVersionAndFunction()
    {
        testsupport::TestBackend tb;
        createFn(*tb.backend);
        QVERIFY(publish(*tb.backend));
        QVERIFY(tb.backend->saveCodeFile(kFn, QStringLiteral("lambda_function.py"), handlerReturning("2")));
        QVERIFY(publish(*tb.backend));
        QVERIFY(invoke(*tb.backend, kFn, QStringLiteral("1")));
        const QString dir = tb.root() + QStringLiteral("/functions/fn");
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/versions/1/code")));
        QVERIFY(tb.backend->deleteVersion(kFn, 1));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/versions/1")));
        QCOMPARE(git(dir, {QStringLiteral("tag")}).trimmed(), QStringLiteral("v2"));
        QCOMPARE(invoke(*tb.backend, kFn, QStringLiteral("1")).error().kind, Error::Kind::NotFound);
        QCOMPARE(tb.backend->deleteVersion(kFn, 1).error().kind, Error::Kind::NotFound);
        QCOMPARE(answer(invoke(*tb.backend, kFn, QStringLiteral("2"))).value(u"v").toInt(), 2);

        QVERIFY(tb.backend->deleteFunction(kFn));
        QVERIFY(!QFileInfo::exists(dir));
        QVERIFY(QDir(tb.root() + QStringLiteral("/.staging")).isEmpty()); // read-only snapshots went too
    }

    // A snapshot that went away is made again, once, from the repository.
    void missingSnapshotIsMadeAgain()
    {
        QTemporaryDir ws;
        const testsupport::Writable writable{ws.path()};
        auto b = startBackend(ws.path());
        createFn(*b);
        QVERIFY(publish(*b));
        QVERIFY(b->saveCodeFile(kFn, QStringLiteral("lambda_function.py"), handlerReturning("2")));
        b.reset(); // releases the workspace
        const QString snapshot = ws.path() + QStringLiteral("/functions/fn/versions/1");
        versionstore::makeWritable(snapshot);
        QVERIFY(QDir(snapshot).removeRecursively());

        auto again = startBackend(ws.path());
        QCOMPARE(answer(invoke(*again, kFn, QStringLiteral("1"))).value(u"v").toInt(), 1);
        QVERIFY(readOnly(snapshot + QStringLiteral("/code/lambda_function.py")));
        again->stop();
    }

    // The objects of a publish are one pack that plain git reads and checks (git fsck), and
    // the code's tree is the very tree `git add` would make of the same files (git's order of
    // names, modes of executables and links).
    void publishWritesOnePackGitReads()
    {
        QTemporaryDir code;
        writeTrickyTree(code.path());
        QTemporaryDir ws;
        const testsupport::Writable writable{ws.path()};
        auto b = startBackend(ws.path());
        QVERIFY(createTrickyFunction(*b, code.path()));
        QVERIFY(publish(*b));
        QVERIFY(b->saveCodeFile(kFn, QStringLiteral("lib/util.py"), "def util():\n    return 'two'\n"));
        QVERIFY(publish(*b));
        const QString dir = ws.path() + QStringLiteral("/functions/fn");

        QCOMPARE(git(dir,
                     {QStringLiteral("fsck"), QStringLiteral("--full"), QStringLiteral("--strict"),
                      QStringLiteral("--no-dangling")}),
                 QString());
        // The code's blobs and trees are packed: 8 files and 4 folders in version 1, then one
        // changed file and the 2 folders above it; the loose objects are each version's
        // function.json, version.json, root tree, commit and tag.
        const QString counts = git(dir, {QStringLiteral("count-objects"), QStringLiteral("-v")});
        QVERIFY2(counts.contains(u"in-pack: 15\n"), qPrintable(counts));
        QVERIFY2(counts.contains(u"packs: 2\n"), qPrintable(counts));
        QCOMPARE(git(dir, {QStringLiteral("show"), QStringLiteral("v1:code/lib/util.py")}),
                 QStringLiteral("def util():\n    return 'util'\n"));
        QCOMPARE(git(dir, {QStringLiteral("show"), QStringLiteral("v2:code/lib/util.py")}),
                 QStringLiteral("def util():\n    return 'two'\n"));
        QCOMPARE(git(dir, {QStringLiteral("show"), QStringLiteral("v1:code/lib/deep/er/data.txt")}).size(), 100000);

        // The same files given to plain git make the same tree, id for id.
        QTemporaryDir plain;
        QVERIFY(QProcess::execute(QStringLiteral("cp"),
                                  {QStringLiteral("-a"), code.path() + QStringLiteral("/."), plain.path()})
                == 0);
        QCOMPARE(git(plain.path(), {QStringLiteral("init"), QStringLiteral("-q")}), QString());
        QCOMPARE(git(plain.path(), {QStringLiteral("add"), QStringLiteral("-A")}), QString());
        const QString expected = git(plain.path(), {QStringLiteral("write-tree")}).trimmed();
        QVERIFY2(expected.size() == 40, qPrintable(expected));
        QCOMPARE(git(dir, {QStringLiteral("rev-parse"), QStringLiteral("v1:code")}).trimmed(), expected);
        QCOMPARE(git(dir,
                     {QStringLiteral("ls-tree"), QStringLiteral("v1:code"), QStringLiteral("run.sh"),
                      QStringLiteral("link.py")})
                     .left(6),
                 QStringLiteral("120000")); // the link first ("link.py" < "run.sh")
        QVERIFY(git(dir, {QStringLiteral("ls-tree"), QStringLiteral("v1:code"), QStringLiteral("run.sh")})
                    .startsWith(u"100755"));
        // A missing snapshot is made again from the pack.
        b.reset();
        const QString snapshot = dir + QStringLiteral("/versions/1");
        versionstore::makeWritable(snapshot);
        QVERIFY(QDir(snapshot).removeRecursively());
        auto again = startBackend(ws.path());
        QCOMPARE(codetree::digest(again->versionCodeDir(kFn, 1)).sha256Base64,
                 codetree::digest(code.path()).sha256Base64);
        again->stop();
    }

    // A file a version shares with the version before is the same inode in both snapshots (a
    // hard link, no copy): read-only, and nothing done to $LATEST or to a later version
    // reaches it; deleting the older version leaves the newer one whole.
    void unchangedFilesShareTheSnapshotReadOnly()
    {
        QTemporaryDir code;
        writeTrickyTree(code.path());
        QTemporaryDir ws;
        const testsupport::Writable writable{ws.path()};
        auto b = startBackend(ws.path());
        QVERIFY(createTrickyFunction(*b, code.path()));
        QVERIFY(publish(*b));
        QVERIFY(b->saveCodeFile(kFn, QStringLiteral("lambda_function.py"), handlerReturning("2")));
        QVERIFY(publish(*b));
        const QString one = b->versionCodeDir(kFn, 1), two = b->versionCodeDir(kFn, 2);
        const QString util = QStringLiteral("/lib/util.py");

        QCOMPARE(statOf(one + util).st_ino, statOf(two + util).st_ino); // shared
        QVERIFY(statOf(two + util).st_nlink >= 2);
        QVERIFY(statOf(one + QStringLiteral("/lambda_function.py")).st_ino
                != statOf(two + QStringLiteral("/lambda_function.py")).st_ino); // changed: its own
        QVERIFY(readOnly(two + util));
        QVERIFY(readOnly(two + QStringLiteral("/lib")));
        QVERIFY(readOnly(two));
        QCOMPARE(statOf(two + QStringLiteral("/run.sh")).st_mode & 07777, mode_t(0555));
        QVERIFY(S_ISLNK(statOf(two + QStringLiteral("/link.py")).st_mode));

        // $LATEST's copy is not the snapshots' inode: an edit in place (as some editors write)
        // changes $LATEST only.
        const QString latestUtil = b->codeDir(kFn) + util;
        const ino_t latestInode = statOf(latestUtil).st_ino;
        QVERIFY(latestInode != statOf(one + util).st_ino);
        {
            QFile inPlace(latestUtil);
            QVERIFY(inPlace.open(QIODevice::ReadWrite));
            QVERIFY(inPlace.write("def util():\n    return 'three'\n") > 0);
        }
        QCOMPARE(statOf(latestUtil).st_ino, latestInode); // written in place
        QVERIFY(b->syncCode(kFn));
        const auto v3 = publish(*b);
        QVERIFY2(v3, v3 ? "" : qPrintable(v3.error().message));
        QCOMPARE(v3->version.number, 3);
        const QString three = b->versionCodeDir(kFn, 3);
        QCOMPARE(contentOf(three + util), QByteArray("def util():\n    return 'three'\n"));
        QCOMPARE(contentOf(one + util), QByteArray("def util():\n    return 'util'\n"));
        QCOMPARE(contentOf(two + util), QByteArray("def util():\n    return 'util'\n"));
        QVERIFY(statOf(three + util).st_ino != statOf(two + util).st_ino);
        QCOMPARE(statOf(three + QStringLiteral("/lib.py")).st_ino, statOf(one + QStringLiteral("/lib.py")).st_ino);

        // Deleting version 1 unlinks its names only.
        QVERIFY(b->deleteVersion(kFn, 1));
        QVERIFY(!QFileInfo::exists(one));
        QCOMPARE(contentOf(two + util), QByteArray("def util():\n    return 'util'\n"));
        QVERIFY(readOnly(two + util));
        QCOMPARE(answer(invoke(*b, kFn, QStringLiteral("2"))).value(u"v").toInt(), 2);
        b->stop();
    }

    // A missing or unreadable repository is said clearly, and nothing is made worse: no new
    // history starts over the old snapshots, nothing is deleted, $LATEST still runs.
    void brokenRepositoryIsSaidAndNothingIsMadeWorse_data()
    {
        QTest::addColumn<bool>("missing");
        QTest::newRow("missing") << true;
        QTest::newRow("corrupted") << false;
    }
    void brokenRepositoryIsSaidAndNothingIsMadeWorse()
    {
        QFETCH(bool, missing);
        QTemporaryDir ws;
        const testsupport::Writable writable{ws.path()};
        auto b = startBackend(ws.path());
        createFn(*b);
        QVERIFY(publish(*b));
        b.reset(); // releases the workspace
        const QString dir = ws.path() + QStringLiteral("/functions/fn");
        if (missing) {
            QVERIFY(QDir().rename(dir + QStringLiteral("/.git"), ws.path() + QStringLiteral("/git-moved-away")));
        } else {
            QVERIFY(Workspace::writeFileAtomically(dir + QStringLiteral("/.git/HEAD"), "garbage\n"));
        }

        auto again = startBackend(ws.path());
        const auto versions = again->listVersions(kFn);
        QVERIFY(!versions);
        QVERIFY2(versions.error().message.contains(dir + QStringLiteral("/.git")),
                 qPrintable(versions.error().message));
        QVERIFY2(versions.error().message.contains(missing ? u"is missing" : u"cannot be read"),
                 qPrintable(versions.error().message));
        const auto refused = publish(*again);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, versions.error().message);
        QCOMPARE(invoke(*again, kFn, QStringLiteral("1")).error().message, versions.error().message);
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/versions/1/code/lambda_function.py")));
        QCOMPARE(QFileInfo::exists(dir + QStringLiteral("/.git")), !missing);
        QCOMPARE(answer(invoke(*again, kFn, {})).value(u"v").toInt(), 1);
        again->stop();
    }
};

QTEST_GUILESS_MAIN(TestVersionStore)
#include "tst_versionstore.moc"
