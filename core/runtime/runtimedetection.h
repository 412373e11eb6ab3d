#pragma once

#include "runtimecatalog.h"
#include "runtimeprobe.h"

#include <QObject>

#include <atomic>
#include <future>
#include <memory>
#include <optional>

namespace lambdesk {

// Finds the runtimes this machine can run, only when someone needs them, and remembers them.
//
// Every interpreter name on PATH (python3, python3.8 ... python3.14, node, nodejs) is asked once
// where its real executable is and which version it is, all at once. The answers are kept in a
// cache file keyed by the candidate's path and stamp (mtime, size, inode), the interpreter's
// resolved path and stamp, and, for a shim (a script), what selects its version. A later start
// checks those with stats only and runs nothing; a changed, new or vanished candidate is asked
// again (only it). Lives on one thread (the backend's); the probes run on a worker thread.
class RuntimeDetection : public QObject
{
    Q_OBJECT
public:
    explicit RuntimeDetection(QString cacheFile = defaultCacheFile(), QObject *parent = nullptr);
    // A probe under way is cut short (its interpreters killed) and waited for.
    ~RuntimeDetection() override;

    // $XDG_CACHE_HOME/lambdesk/runtimes.json (~/.cache/lambdesk/runtimes.json).
    static QString defaultCacheFile();
    QString cacheFile() const { return m_cacheFile; }

    // True when the catalog is known. The first call checks the cache against PATH and the
    // files it names (stats only: no interpreter runs).
    bool isKnown();
    // Starts asking, on a worker thread, the candidates the cache does not describe (every one
    // when `refresh`); detected() follows. Does nothing when known and not refreshing, or
    // when a probe is under way.
    void detectInBackground(bool refresh = false);
    // The catalog: known already, or after waiting for the probe under way, or after probing now.
    const RuntimeCatalog &catalog(bool refresh = false);
    // One runtime by id. Custom runtimes (provided.*) need no interpreter and are answered at
    // once; the others wait for the catalog as catalog() does. nullptr when not installed.
    const RuntimeInfo *find(const QString &id);
    // How many interpreters the last detection ran (0 when the cache described them all).
    int lastProbeCount() const { return m_lastProbeCount; }

Q_SIGNALS:
    // The catalog is known (or known afresh after a refresh).
    void detected();

private:
    struct Outcome
    {
        QList<RuntimeProbe> probes;
        int ran = 0;
    };
    void checkCache();
    void collect(); // takes the worker's result; emits detected()

    QString m_cacheFile;
    bool m_cacheChecked = false;
    std::optional<RuntimeCatalog> m_catalog;
    QList<RuntimeProbe> m_current; // today's candidates, with what the cache knew of them
    QList<bool> m_stale;           // per candidate: must be asked
    std::future<Outcome> m_probe;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    int m_lastProbeCount = 0;
};

} // namespace lambdesk
