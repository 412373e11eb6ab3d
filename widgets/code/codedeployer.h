#pragma once

#include <QObject>
#include <QSet>

namespace lambdesk {

class BackendHost;
class CallGuard;
class FileOperations;

// Deploys the shown function's code to $LATEST: saves a file's text through the backend
// (Backend::saveCodeFile), or tells the backend that another program changed the code
// (Backend::syncCode). The backend's answers say whether warm environments were retired, so
// the page can say "the next invocation starts cold".
class CodeDeployer : public QObject
{
    Q_OBJECT
public:
    CodeDeployer(BackendHost *host, const FileOperations *operations, QObject *parent = nullptr);

    void setFunction(const QString &name);
    void save(const QString &path, const QByteArray &content, bool closeAfter = false);
    void syncFromDisk();
    bool busy() const;
    // The sentence that ends a deploy message: whether warm environments were retired by the
    // deployments answered so far (told once).
    QString outcome();
    bool retiredPending() const;

Q_SIGNALS:
    // function: the one the save was for (maybe no longer the shown one).
    void saveFinished(const QString &function, const QString &path, const QByteArray &content, bool ok,
                      const QString &error, bool closeAfter);
    // changed: the code on disk differed from what $LATEST was known to be.
    void syncedFromDisk(bool changed);

private:
    quint64 begin();
    void ended(quint64 id, int environmentsRetired);

    BackendHost *m_host;
    const FileOperations *m_operations;
    CallGuard *m_calls; // invalidated when another function is shown
    QString m_function;
    quint64 m_nextId = 0;
    QSet<quint64> m_underWay; // deployments of the shown function not answered yet
    bool m_retired = false;   // warm environments were retired by what is under way
};

} // namespace lambdesk
