#pragma once

#include "api/apicall.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace lambdesk {

class BackendHost;
class LambdaApiServer;
class Settings;

// Runs the Lambda-compatible HTTP API beside the console while it is open: the same server
// as `lambdesk serve`, on the backend thread, with the settings' host, port and signature rule.
class ApiServerController : public QObject
{
    Q_OBJECT
public:
    ApiServerController(BackendHost *host, Settings *settings, QObject *parent = nullptr);

    // Starts on the configured host and port; reports through started() or failed().
    void start();
    // Moves the API to `port`: the server goes on listening where it is until the new port is
    // bound, and the port is saved only then. A port that cannot be had fails() with a message
    // for the window (which says where the API still listens); nothing changes.
    void setPort(quint16 port);
    void setRequireSignature(bool require); // saves it and applies it to the running server
    // Checks it, saves it and hands it to the backend (warm environments are retired); returns
    // the message naming the rule when it is not a region.
    QString setRegion(const QString &region);
    QString region() const;

    bool isRunning() const { return !m_endpoint.isEmpty(); }
    QString endpoint() const { return m_endpoint; }
    quint16 port() const;
    bool requireSignature() const;
    QString accessKeyId() const { return m_accessKeyId; }
    QString secretAccessKey() const { return m_secret; }
    QString profileSnippet() const;
    QString lastError() const { return m_error; }
    const QList<ApiCall> &recentCalls() const { return m_recent; }
    int callCount() const { return m_calls; }

Q_SIGNALS:
    void started(const QString &endpoint);
    // Listening on the port asked for failed; isRunning() says whether it still listens where
    // it did before.
    void failed(const QString &message);
    void callHandled(const lambdesk::ApiCall &call);

private:
    void listen(quint16 port, bool save);

    BackendHost *m_host;
    Settings *m_settings;
    QPointer<LambdaApiServer> m_server; // lives on the backend thread: only touched there
    QString m_endpoint;
    QString m_error;
    QString m_accessKeyId;
    QString m_secret;
    QList<ApiCall> m_recent;
    int m_calls = 0;
};

} // namespace lambdesk
