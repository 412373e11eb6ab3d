#include "codedeployer.h"

#include "backendhost.h"
#include "fileoperations.h"

namespace lambdesk {

namespace {
struct DiskSync
{
    bool changed = false;
};
} // namespace

CodeDeployer::CodeDeployer(BackendHost *host, const FileOperations *operations, QObject *parent)
    : QObject(parent), m_host(host), m_operations(operations)
{
    connect(m_host->backend(), &Backend::environmentsRetired, this, [this](const QString &function, const QString &) {
        // The backend emits this before the call that caused it returns, so it belongs to
        // what is under way (a save, a sync or a file operation).
        if (function == m_function && busy())
            m_retired = true;
    });
}

void CodeDeployer::setFunction(const QString &name)
{
    m_function = name;
    ++m_generation;
    m_running = 0;
    m_retired = false;
}

bool CodeDeployer::busy() const
{
    return m_running > 0 || m_operations->running() > 0;
}

bool CodeDeployer::retiredPending() const
{
    return m_retired && !busy();
}

QString CodeDeployer::outcome()
{
    if (busy() || !std::exchange(m_retired, false))
        return tr(" The next invocation runs the new code.");
    return tr(" Its warm environments were retired: the next invocation starts cold (it reports an Init Duration).");
}

// One more deployment under way; a new round of "retired" news starts when none was.
quint64 CodeDeployer::begin()
{
    if (!busy())
        m_retired = false;
    ++m_running;
    return m_generation;
}

void CodeDeployer::save(const QString &path, const QByteArray &content, bool closeAfter)
{
    if (m_function.isEmpty())
        return;
    const QString name = m_function;
    const quint64 generation = begin();
    m_host->call(
        this, [name, path, content](Backend &b) { return b.saveCodeFile(name, path, content); },
        [this, name, path, content, closeAfter, generation](Result<FunctionConfig> r) {
            if (generation == m_generation)
                --m_running;
            Q_EMIT saveFinished(name, path, content, r.ok(), r ? QString() : r.error().message, closeAfter);
        });
}

// $LATEST is the working copy, so it already runs what another program wrote; the backend
// still has to re-hash it (CodeSha256, LastModified) and retire environments running the old code.
void CodeDeployer::syncFromDisk()
{
    if (m_function.isEmpty())
        return;
    const QString name = m_function;
    const quint64 generation = begin();
    m_host->call(
        this,
        [name](Backend &b) {
            const auto before = b.getFunction(name);
            const auto after = b.codeChanged(name);
            return DiskSync{before && after && before->codeSha256 != after->codeSha256};
        },
        [this, generation](DiskSync sync) {
            if (generation != m_generation)
                return;
            --m_running;
            Q_EMIT syncedFromDisk(sync.changed);
        });
}

} // namespace lambdesk
