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

    // (Re)starts on the configured host and port; reports through started() or failed().
    void start();
    void setPort(quint16 port);             // saves it and restarts
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
    void failed(const QString &message);
    void callHandled(const lambdesk::ApiCall &call);

private:
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
