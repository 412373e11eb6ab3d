#include "runtimedetection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace lambdesk {

namespace {

constexpr int kCacheFormat = 1;

QJsonObject stampToJson(const RuntimeProbe::Stamp &s)
{
    return {{QStringLiteral("mtimeNs"), QString::number(s.mtimeNs)},
            {QStringLiteral("size"), QString::number(s.size)},
            {QStringLiteral("inode"), QString::number(s.inode)}};
}

RuntimeProbe::Stamp stampFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return {o.value(QStringLiteral("mtimeNs")).toString().toLongLong(),
            o.value(QStringLiteral("size")).toString().toLongLong(),
            o.value(QStringLiteral("inode")).toString().toULongLong()};
}

QList<RuntimeProbe> loadCache(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    if (root.value(QStringLiteral("format")).toInt() != kCacheFormat)
        return {}; // unreadable or another format: everything is asked again
    QList<RuntimeProbe> out;
    for (const QJsonValue &v : root.value(QStringLiteral("probes")).toArray()) {
        const QJsonObject o = v.toObject();
        RuntimeProbe p;
        p.name = o.value(QStringLiteral("name")).toString();
        p.family = o.value(QStringLiteral("family")).toString() == u"nodejs" ? RuntimeFamily::Node
                                                                             : RuntimeFamily::Python;
        p.candidate = o.value(QStringLiteral("candidate")).toString();
        p.candidateStamp = stampFromJson(o.value(QStringLiteral("candidateStamp")));
        p.selection = o.value(QStringLiteral("selection")).toString();
        p.answered = o.value(QStringLiteral("answered")).toBool();
        p.executable = o.value(QStringLiteral("executable")).toString();
        p.executableStamp = stampFromJson(o.value(QStringLiteral("executableStamp")));
        p.version = o.value(QStringLiteral("version")).toString();
        out.append(p);
    }
    return out;
}

// Atomic (QSaveFile): two processes detecting at once leave one whole file, never a mix.
void saveCache(const QString &file, const QList<RuntimeProbe> &probes)
{
    QJsonArray list;
    for (const RuntimeProbe &p : probes) {
        if (p.timedOut)
            continue; // asked again next time
        list.append(QJsonObject{{QStringLiteral("name"), p.name},
                                {QStringLiteral("family"), runtimeFamilyName(p.family)},
                                {QStringLiteral("candidate"), p.candidate},
                                {QStringLiteral("candidateStamp"), stampToJson(p.candidateStamp)},
                                {QStringLiteral("selection"), p.selection},
                                {QStringLiteral("answered"), p.answered},
                                {QStringLiteral("executable"), p.executable},
                                {QStringLiteral("executableStamp"), stampToJson(p.executableStamp)},
                                {QStringLiteral("version"), p.version}});
    }
    const QJsonObject root{{QStringLiteral("format"), kCacheFormat}, {QStringLiteral("probes"), list}};
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return; // a cache that cannot be written only costs the next start a probe
    f.write(QJsonDocument(root).toJson());
    f.commit();
}

} // namespace

RuntimeDetection::RuntimeDetection(QString cacheFile, QObject *parent)
    : QObject(parent), m_cacheFile(std::move(cacheFile))
{}

RuntimeDetection::~RuntimeDetection()
{
    m_cancel->store(true);
    if (m_probe.valid())
        m_probe.wait();
}

QString RuntimeDetection::defaultCacheFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/lambdesk/runtimes.json");
}

void RuntimeDetection::checkCache()
{
    m_cacheChecked = true;
    m_current = RuntimeProbe::candidates();
    const QList<RuntimeProbe> cached = loadCache(m_cacheFile);
    m_stale.fill(true, m_current.size());
    bool anyStale = false;
    for (qsizetype i = 0; i < m_current.size(); ++i) {
        for (const RuntimeProbe &c : cached) {
            if (c.candidate == m_current[i].candidate && c.describes(m_current[i])) {
                m_current[i] = c;
                m_stale[i] = false;
                break;
            }
        }
        anyStale = anyStale || m_stale[i];
    }
    if (!anyStale) {
        m_catalog = RuntimeProbe::catalogOf(m_current);
        m_lastProbeCount = 0;
    }
}

bool RuntimeDetection::isKnown()
{
    if (!m_cacheChecked)
        checkCache();
    return m_catalog.has_value();
}

void RuntimeDetection::detectInBackground(bool refresh)
{
    if (m_probe.valid())
        return; // one under way answers this request too
    if (!refresh && isKnown())
        return;
    if (refresh || !m_cacheChecked) {
        m_cacheChecked = true;
        m_current = RuntimeProbe::candidates();
        m_stale.fill(true, m_current.size());
    }
    QList<RuntimeProbe> all = m_current;
    QList<bool> stale = m_stale;
    m_probe = std::async(std::launch::async, [this, all, stale, file = m_cacheFile, cancel = m_cancel]() mutable {
        QList<RuntimeProbe> ask;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (stale[i])
                ask.append(all[i]);
        }
        RuntimeProbe::runAll(ask, cancel.get());
        qsizetype next = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (stale[i])
                all[i] = ask[next++];
        }
        if (!cancel->load())
            saveCache(file, all);
        // Delivered on our thread; dropped by Qt if we are deleted first (the destructor waits
        // for this function, so `this` is still alive here).
        QMetaObject::invokeMethod(this, &RuntimeDetection::collect, Qt::QueuedConnection);
        return Outcome{all, int(ask.size())};
    });
}

void RuntimeDetection::collect()
{
    if (!m_probe.valid())
        return; // catalog() took it already
    Outcome outcome = m_probe.get();
    m_current = outcome.probes;
    m_stale.fill(false, m_current.size());
    m_lastProbeCount = outcome.ran;
    m_catalog = RuntimeProbe::catalogOf(m_current);
    Q_EMIT detected();
}

const RuntimeCatalog &RuntimeDetection::catalog(bool refresh)
{
    if (refresh && m_probe.valid())
        collect(); // the probe under way may have started before what the refresh is for
    if (refresh || !isKnown())
        detectInBackground(refresh);
    if (m_probe.valid())
        collect(); // waits for the worker
    return *m_catalog;
}

const RuntimeInfo *RuntimeDetection::find(const QString &id)
{
    if (runtimeFamilyOf(id) == RuntimeFamily::Provided)
        return RuntimeCatalog::provided().find(id);
    return catalog().find(id);
}

} // namespace lambdesk
