#include "codedeployer.h"

#include "backendhost.h"
#include "fileoperations.h"

namespace lambdesk {

CodeDeployer::CodeDeployer(BackendHost *host, const FileOperations *operations, QObject *parent)
    : QObject(parent), m_host(host), m_operations(operations), m_calls(new CallGuard(this))
{
    // A file operation deploys too; its answer says whether it retired environments.
    connect(m_operations, &FileOperations::finished, this,
            [this](FileOperations::Kind, const QString &, const QString &, bool, const QString &, int retired) {
                if (retired > 0)
                    m_retired = true;
            });
}

void CodeDeployer::setFunction(const QString &name)
{
    m_function = name;
    m_calls->invalidate();
    m_underWay.clear();
    m_retired = false;
}

bool CodeDeployer::busy() const
{
    return !m_underWay.isEmpty() || m_operations->running() > 0;
}

bool CodeDeployer::retiredPending() const
{
    return m_retired; // as outcome() tells it: not held back by a deployment still under way
}

// Retired environments are news as soon as one answer says so, even while another deployment
// (a folder watcher's re-hash after an atomic save, say) is still under way: that one cannot
// bring them back. Waiting for it dropped the news when its own answer found nothing changed.
QString CodeDeployer::outcome()
{
    if (!std::exchange(m_retired, false))
        return tr(" The next invocation runs the new code.");
    return tr(" Its warm environments were retired: the next invocation starts cold (it reports an Init Duration).");
}

// One more deployment under way; a new round of "retired" news starts when none was.
quint64 CodeDeployer::begin()
{
    if (!busy())
        m_retired = false;
    const quint64 id = ++m_nextId;
    m_underWay.insert(id);
    return id;
}

void CodeDeployer::ended(quint64 id, int environmentsRetired)
{
    // Only deployments of the shown function count (setFunction forgot the others).
    if (m_underWay.remove(id) && environmentsRetired > 0)
        m_retired = true;
}

void CodeDeployer::save(const QString &path, const QByteArray &content, bool closeAfter)
{
    if (m_function.isEmpty())
        return;
    const QString name = m_function;
    const quint64 id = begin();
    // Not guarded: a save answered after the user moved on still tells the page it was deployed.
    m_host->call(
        this, [name, path, content](Backend &b) { return b.saveCodeFile(name, path, content); },
        [this, id, name, path, content, closeAfter](Result<FunctionUpdate> r) {
            ended(id, r ? r->environmentsRetired : 0);
            Q_EMIT saveFinished(name, path, content, r.ok(), r ? QString() : r.error().message, closeAfter);
        });
}

// $LATEST is the working copy, so it already runs what another program wrote; the backend
// still has to re-hash it (CodeSha256, LastModified) and retire environments running the old code.
void CodeDeployer::syncFromDisk()
{
    if (m_function.isEmpty())
        return;
    const quint64 id = begin();
    m_host->call(
        m_calls, [name = m_function](Backend &b) { return b.syncCode(name); },
        [this, id](Result<FunctionUpdate> r) {
            ended(id, r ? r->environmentsRetired : 0);
            Q_EMIT syncedFromDisk(r && r->changed);
        });
}

} // namespace lambdesk
