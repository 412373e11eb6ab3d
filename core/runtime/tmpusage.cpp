#include "tmpusage.h"

#include "threadhandoff.h"

#include <QFile>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace lambdesk {

namespace {

// Scans get threads of their own: a slow one never holds up the shared pool (cgroup joins run
// there), and at most one scan of any environment runs at a time, which bounds their CPU.
QThreadPool &scanPool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    return pool;
}

constexpr int kMaxDepth = 128;       // folders deeper than this are not counted (each level holds a descriptor)
constexpr qint64 kBackOffFactor = 4; // after a scan of T, wait 4 T: at most a fifth of a core

} // namespace

struct TmpUsage::Done
{
    Scan scan;
    qint64 tookNs = 0;
};

TmpUsage::TmpUsage(QString dir, qint64 stopAboveBytes, QObject *parent, Walk walk)
    : QObject(parent), m_dir(std::move(dir)), m_stopAbove(stopAboveBytes), m_walk(std::move(walk))
{}

// A scan still running finishes on its own; nobody hears of it (its watcher goes with us).
TmpUsage::~TmpUsage() = default;

bool TmpUsage::request()
{
    if (m_scanning)
        return false; // never two at once
    if (m_sinceLast.isValid() && m_sinceLast.nsecsElapsed() < m_backOffNs)
        return false; // the last one was expensive: let the machine breathe
    m_scanning = true;
    auto promise = std::make_shared<QPromise<Done>>();
    auto *watcher = new QFutureWatcher<Done>(this);
    connect(watcher, &QFutureWatcher<Done>::finished, this, [this, watcher] {
        const Done done = watcher->future().resultCount() > 0 ? watcher->result() : Done{};
        watcher->deleteLater();
        m_scanning = false;
        m_backOffNs = kBackOffFactor * done.tookNs;
        m_sinceLast.start();
        Q_EMIT measured(done.scan.bytes);
    });
    watcher->setFuture(promise->future());
    promise->start();
    scanPool().start(handOff([walk = m_walk, dir = m_dir, stopAbove = m_stopAbove, promise] {
        QElapsedTimer clock;
        clock.start();
        Done done;
        done.scan = walk(dir, stopAbove);
        done.tookNs = clock.nsecsElapsed();
        promise->addResult(done);
        promise->finish();
    }));
    return true;
}

TmpUsage::Scan TmpUsage::walk(const QString &dir, qint64 stopAboveBytes)
{
    Scan s;
    const int root = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (root < 0)
        return s;
    // Depth first with one open folder per level; links are counted as links, never followed.
    std::vector<DIR *> stack;
    if (DIR *d = ::fdopendir(root))
        stack.push_back(d);
    else
        ::close(root);
    while (!stack.empty()) {
        DIR *d = stack.back();
        const dirent *e = ::readdir(d);
        if (!e) {
            ::closedir(d);
            stack.pop_back();
            continue;
        }
        if (e->d_name[0] == '.' && (e->d_name[1] == 0 || (e->d_name[1] == '.' && e->d_name[2] == 0)))
            continue;
        struct stat st;
        if (::fstatat(::dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        ++s.entries;
        if (S_ISDIR(st.st_mode)) {
            if (int(stack.size()) >= kMaxDepth)
                continue;
            const int sub = ::openat(::dirfd(d), e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub < 0)
                continue;
            if (DIR *child = ::fdopendir(sub))
                stack.push_back(child);
            else
                ::close(sub);
            continue;
        }
        if (S_ISREG(st.st_mode) || S_ISLNK(st.st_mode)) {
            s.bytes += st.st_size;
            if (s.bytes > stopAboveBytes) {
                s.stopped = true; // the answer is known: over
                break;
            }
        }
    }
    for (DIR *d : stack)
        ::closedir(d);
    return s;
}

} // namespace lambdesk
