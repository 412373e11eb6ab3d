// Publishing a version of a big function (issue 11's target: 2,000 files / 20 MB under 300 ms),
// beside a plain copy of the same tree measured in the same run (the floor: a version's snapshot
// is a copy). Three cases: the first publish (every blob new), a publish after one file changed
// (the other blobs are in the repository already), and a publish with nothing changed (answers
// the newest version). Asserts nothing.
//
//   bench_publish [--files N] [--megabytes M] [--rounds R]
#include "backend.h"
#include "store/codetree.h"
#include "store/versionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace lambdesk;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// `files` files of source-like text (compressible, as code is) totalling about `bytes`, in
// folders of 50.
void makeTree(const QString &root, int files, qint64 bytes)
{
    const qint64 each = bytes / files;
    QByteArray line = "def handler(event, context):  # a line of code, more or less\n";
    for (int i = 0; i < files; ++i) {
        const QString path = root + QStringLiteral("/pkg%1/module%2.py").arg(i / 50).arg(i);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QByteArray content;
        content.reserve(each + line.size());
        while (content.size() < each)
            content += line + QByteArray::number(QRandomGenerator::global()->generate()) + '\n';
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
    }
    QFile handler(root + QStringLiteral("/lambda_function.py"));
    handler.open(QIODevice::WriteOnly);
    handler.write("def handler(event, context):\n    return 1\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int files = 2000;
    qint64 megabytes = 20;
    int rounds = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--files")
            files = args[i + 1].toInt();
        else if (args[i] == u"--megabytes")
            megabytes = args[i + 1].toInt();
        else if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
    }
    QTemporaryDir source;
    makeTree(source.path(), files, megabytes * 1024 * 1024);
    std::printf("bench_publish: %d files, %.1f MB, %d rounds (median ms)\n", files,
                double(codetree::digest(source.path()).size) / 1048576.0, rounds);

    std::vector<double> copy, first, oneChanged, unchanged;
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir ws;
        Backend::Options options;
        options.workspace = ws.path();
        options.persistLogs = false;
        Backend b(options);
        if (!b.start())
            return 1;
        FunctionConfig c;
        c.name = QStringLiteral("big");
        c.runtime = QStringLiteral("provided.al2023");
        c.handler = QStringLiteral("x.handler");
        if (!b.createFunction(c, CodeSource::directory(source.path())))
            return 1;

        QElapsedTimer t;
        t.start();
        QString error;
        codetree::copyTree(b.codeDir(c.name), ws.path() + QStringLiteral("/copy"), &error);
        copy.push_back(double(t.nsecsElapsed()) / 1e6);

        t.restart();
        auto v1 = b.publishVersion({c.name, {}, {}, {}});
        first.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!v1 || v1->version.number != 1)
            return 2;

        if (!b.saveCodeFile(c.name, QStringLiteral("lambda_function.py"), "def handler(e, c):\n    return 2\n"))
            return 3;
        t.restart();
        auto v2 = b.publishVersion({c.name, {}, {}, {}});
        oneChanged.push_back(double(t.nsecsElapsed()) / 1e6);

        t.restart();
        auto same = b.publishVersion({c.name, {}, {}, {}});
        unchanged.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!v2 || !same || same->created)
            return 4;
        b.stop();
        versionstore::makeWritable(ws.path()); // the snapshots are read-only
    }
    std::printf("  copy of the tree (baseline)        %8.1f\n", median(copy));
    std::printf("  first publish                      %8.1f\n", median(first));
    std::printf("  publish after one file changed     %8.1f\n", median(oneChanged));
    std::printf("  publish with nothing changed       %8.1f\n", median(unchanged));
    return 0;
}
