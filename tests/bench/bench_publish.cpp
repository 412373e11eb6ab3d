// Publishing a version of a big function (issue 11's target: 2,000 files / 20 MB under 300 ms),
// beside a plain copy of the same tree measured in the same run (read and write each file, no
// hashing, no git: the floor of a first publish, whose snapshot is a copy). Three cases: the
// first publish (every blob new), a publish after one file changed (the other blobs are in the
// repository already, the other files are linked from version 1's snapshot), and a publish
// with nothing changed (answers the newest version). Asserts nothing.
//
//   bench_publish [--files N] [--megabytes M] [--rounds R] [--dir D]
//
// The workspaces go under D (default: the build folder), not /tmp: on a file system where
// thousands of files were just deleted in the same place (as /tmp here, where every test
// run's temporary folders come and go), ext4 without a journal checks the recently freed
// inodes on every file it creates, and creating 2,000 files there took a second instead of
// 60 ms.
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
#include <memory>
#include <sys/resource.h>
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

// Wall time and the CPU time of every thread of this process (getrusage): on a loaded machine
// the wall time of a CPU-bound step grows with the load, its CPU time does not.
struct Clock
{
    QElapsedTimer wall;
    double cpu0 = 0;
    static double cpuMs()
    {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        return (double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3)
            + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
    }
    void restart()
    {
        wall.restart();
        cpu0 = cpuMs();
    }
    void into(std::vector<double> &wallMs, std::vector<double> &cpuMsOut) const
    {
        wallMs.push_back(double(wall.nsecsElapsed()) / 1e6);
        cpuMsOut.push_back(cpuMs() - cpu0);
    }
};

// Reads and writes every file of src into dst (made anew): open/read/write, nothing else.
bool plainCopy(const QString &src, const QString &dst)
{
    for (const QString &rel : codetree::files(src)) {
        QDir().mkpath(QFileInfo(dst + u'/' + rel).absolutePath());
        QFile in(src + u'/' + rel), out(dst + u'/' + rel);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int files = 2000;
    qint64 megabytes = 20;
    int rounds = 5;
    QString dir = QStringLiteral(LAMBDESK_BUILD_DIR);
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--files")
            files = args[i + 1].toInt();
        else if (args[i] == u"--megabytes")
            megabytes = args[i + 1].toInt();
        else if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
        else if (args[i] == u"--dir")
            dir = args[i + 1];
    }
    QTemporaryDir source(dir + QStringLiteral("/bench_publish-XXXXXX"));
    makeTree(source.path(), files, megabytes * 1024 * 1024);
    std::printf("bench_publish: %d files, %.1f MB, %d rounds (median ms; CPU: all threads), in %s\n", files,
                double(codetree::digest(source.path()).size) / 1048576.0, rounds, qPrintable(dir));

    std::vector<double> copy, first, oneChanged, unchanged;
    std::vector<double> copyCpu, firstCpu, oneChangedCpu, unchangedCpu;
    // Every round's workspace stays until the end: deleting thousands of files makes the next
    // thousands of creations near them slow for a while (see above), which no publish causes.
    std::vector<std::unique_ptr<QTemporaryDir>> workspaces;
    for (int round = 0; round < rounds; ++round) {
        workspaces.push_back(std::make_unique<QTemporaryDir>(dir + QStringLiteral("/bench_publish-XXXXXX")));
        QTemporaryDir &ws = *workspaces.back();
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

        Clock t;
        t.restart();
        if (!plainCopy(b.codeDir(c.name), ws.path() + QStringLiteral("/copy")))
            return 5;
        t.into(copy, copyCpu);

        t.restart();
        auto v1 = b.publishVersion({c.name, {}, {}, {}});
        t.into(first, firstCpu);
        if (!v1 || v1->version.number != 1)
            return 2;

        if (!b.saveCodeFile(c.name, QStringLiteral("lambda_function.py"), "def handler(e, c):\n    return 2\n"))
            return 3;
        t.restart();
        auto v2 = b.publishVersion({c.name, {}, {}, {}});
        t.into(oneChanged, oneChangedCpu);

        t.restart();
        auto same = b.publishVersion({c.name, {}, {}, {}});
        t.into(unchanged, unchangedCpu);
        if (!v2 || !same || same->created)
            return 4;
        b.stop();
        versionstore::makeWritable(ws.path()); // the snapshots are read-only, so that it can go
    }
    workspaces.clear();
    std::printf("  %-36s %9s %9s\n", "", "wall", "CPU");
    std::printf("  %-36s %9.1f %9.1f\n", "plain copy of the tree (baseline)", median(copy), median(copyCpu));
    std::printf("  %-36s %9.1f %9.1f\n", "first publish", median(first), median(firstCpu));
    std::printf("  %-36s %9.1f %9.1f\n", "publish after one file changed", median(oneChanged), median(oneChangedCpu));
    std::printf("  %-36s %9.1f %9.1f\n", "publish with nothing changed", median(unchanged), median(unchangedCpu));
    return 0;
}
