#pragma once

#include "model/runtimeinfo.h"

#include <QList>
#include <QString>

#include <atomic>

namespace lambdesk {

class RuntimeCatalog;

// One interpreter name found on PATH (python3, python3.12, node, ...): where it is, what makes
// it run what it runs, and what asking it once found. Probes are cached on disk
// (RuntimeDetection) and asked again only when one of these facts changes.
struct RuntimeProbe
{
    // What identifies a file's content without reading it: changed by a reinstall, an
    // upgrade, a `touch`, a replacement.
    struct Stamp
    {
        qint64 mtimeNs = -1;
        qint64 size = -1;
        quint64 inode = 0;
        bool operator==(const Stamp &) const = default;
        static Stamp of(const QString &path); // follows symlinks; mtimeNs -1 when missing
    };

    RuntimeFamily family = RuntimeFamily::Unknown;
    QString name;      // python3.12
    QString candidate; // where PATH found it (may be a shim)
    Stamp candidateStamp;
    // For a script (a version manager's shim: pyenv, asdf): what decides which interpreter it
    // runs (PYENV_VERSION, the version files that apply and their stamps); empty for a binary.
    QString selection;

    bool answered = false; // the interpreter ran and said where and what it is
    bool timedOut = false; // no answer in time (a loaded machine): never cached as "not there"
    QString executable;    // its real path (sys.executable, process.execPath): what environments run
    Stamp executableStamp;
    QString version; // 3.12.1

    // Today's candidates on PATH; only stats and a two-byte read of each, nothing runs.
    static QList<RuntimeProbe> candidates();
    // This (cached) probe still describes `now` (the same candidate from candidates()):
    // the same file at the same place, the same selection, the same interpreter file.
    bool describes(const RuntimeProbe &now) const;
    // Runs every probe at once (in parallel) and waits for them all; gives up on one after
    // 10 s, on all when *cancel becomes true.
    static void runAll(QList<RuntimeProbe> &probes, const std::atomic<bool> *cancel);
    // The catalog the answered probes make (one entry per runtime id, the first on PATH wins).
    static RuntimeCatalog catalogOf(const QList<RuntimeProbe> &probes);
};

} // namespace lambdesk
