#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>

namespace lambdesk {

// How much an environment's /tmp (TMPDIR) holds, for the storage watchdog. A folder of 200,000
// files takes long to walk, so the walk runs on a thread of its own, never two at once (one
// thread serves the scans of every environment), never sooner after the last than four times
// what that one took, and no further than the limit: measured() brings the answer back.
class TmpUsage : public QObject
{
    Q_OBJECT
public:
    struct Scan
    {
        qint64 bytes = 0;
        qint64 entries = 0;
        bool stopped = false; // went past stopAboveBytes and counted no further
    };
    using Walk = std::function<Scan(const QString &dir, qint64 stopAboveBytes)>;

    // walk: what measures (tests pass their own); stopAboveBytes: past this the answer is known.
    TmpUsage(QString dir, qint64 stopAboveBytes, QObject *parent = nullptr, Walk walk = &TmpUsage::walk);
    ~TmpUsage() override;

    // Starts a measurement unless one runs or the last one ended too recently; measured()
    // follows from the event loop. False when none was started.
    bool request();
    bool isScanning() const { return m_scanning; }

    // Sizes of the regular files (and of links, as links: never followed) under dir.
    static Scan walk(const QString &dir, qint64 stopAboveBytes);

Q_SIGNALS:
    void measured(qint64 bytes);

private:
    struct Done;

    QString m_dir;
    qint64 m_stopAbove;
    Walk m_walk;
    bool m_scanning = false;
    QElapsedTimer m_sinceLast; // since the last scan ended
    qint64 m_backOffNs = 0;
};

} // namespace lambdesk
