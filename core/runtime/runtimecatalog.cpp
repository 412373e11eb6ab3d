#include "runtimecatalog.h"

#include <QProcess>
#include <QSet>
#include <QStandardPaths>

#include <memory>
#include <vector>

namespace lambdesk {

namespace {

struct Probe
{
    RuntimeFamily family;
    std::unique_ptr<QProcess> process;
};

} // namespace

RuntimeCatalog RuntimeCatalog::detect()
{
    std::vector<Probe> probes;
    auto start = [&](RuntimeFamily family, const QString &program, const QStringList &args) {
        const QString path = QStandardPaths::findExecutable(program);
        if (path.isEmpty())
            return;
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start(path, args);
        probes.push_back({family, std::move(p)});
    };
    // Ask each interpreter for its real executable so a version-manager shim (pyenv, nvm)
    // is resolved once here instead of costing time at every cold start.
    const QStringList pyArgs{QStringLiteral("-c"),
                             QStringLiteral("import sys;print(sys.executable);print('%d.%d.%d'%sys.version_info[:3])")};
    start(RuntimeFamily::Python, QStringLiteral("python3"), pyArgs);
    for (int minor = 8; minor <= 14; ++minor)
        start(RuntimeFamily::Python, QStringLiteral("python3.%1").arg(minor), pyArgs);
    const QStringList nodeArgs{QStringLiteral("-e"),
                               QStringLiteral("console.log(process.execPath);console.log(process.versions.node)")};
    start(RuntimeFamily::Node, QStringLiteral("node"), nodeArgs);
    start(RuntimeFamily::Node, QStringLiteral("nodejs"), nodeArgs);

    QList<RuntimeInfo> found;
    QSet<QString> ids;
    for (Probe &probe : probes) {
        if (!probe.process->waitForFinished(10000) || probe.process->exitCode() != 0) {
            probe.process->kill();
            probe.process->waitForFinished(1000);
            continue;
        }
        const QStringList lines =
            QString::fromLocal8Bit(probe.process->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        if (lines.size() < 2)
            continue;
        RuntimeInfo info;
        info.family = probe.family;
        info.executable = lines.at(0).trimmed();
        info.version = lines.at(1).trimmed();
        const QStringList parts = info.version.split(u'.');
        if (parts.size() < 2)
            continue;
        if (probe.family == RuntimeFamily::Python) {
            info.id = QStringLiteral("python%1.%2").arg(parts[0], parts[1]);
            info.displayName = QStringLiteral("Python %1.%2").arg(parts[0], parts[1]);
        } else {
            info.id = QStringLiteral("nodejs%1.x").arg(parts[0]);
            info.displayName = QStringLiteral("Node.js %1.x").arg(parts[0]);
        }
        if (ids.contains(info.id))
            continue;
        ids.insert(info.id);
        found.append(info);
    }
    auto versionKey = [](const RuntimeInfo &r) {
        const QStringList p = r.version.split(u'.');
        return p.value(0).toInt() * 1000 + p.value(1).toInt();
    };
    std::stable_sort(found.begin(), found.end(), [&](const RuntimeInfo &a, const RuntimeInfo &b) {
        return a.family != b.family ? a.family < b.family : versionKey(a) > versionKey(b);
    });
    for (const char *id : {"provided.al2023", "provided.al2", "provided"}) {
        RuntimeInfo info;
        info.id = QString::fromLatin1(id);
        info.family = RuntimeFamily::Provided;
        info.displayName = QStringLiteral("Custom runtime (%1)").arg(info.id);
        found.append(info);
    }
    return RuntimeCatalog(found);
}

const RuntimeInfo *RuntimeCatalog::find(const QString &id) const
{
    for (const RuntimeInfo &r : m_runtimes) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QStringList RuntimeCatalog::ids() const
{
    QStringList out;
    for (const RuntimeInfo &r : m_runtimes)
        out.append(r.id);
    return out;
}

const RuntimeInfo *RuntimeCatalog::preferred(RuntimeFamily family) const
{
    for (const RuntimeInfo &r : m_runtimes) {
        if (r.family == family)
            return &r;
    }
    return nullptr;
}

} // namespace lambdesk
