// The "Function URL" line under the function's header (FunctionUrlSummary).
#pragma once

#include "model/functionurl.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace lambdesk {

class ApiServerController;
class BackendHost;
class CallGuard;

// The "Function URL" line under the function's header (AWS shows it in the Function overview):
// the unqualified URL (else the first alias's) with Copy and Open; hidden when the function has none.
class FunctionUrlSummary : public QWidget
{
    Q_OBJECT
public:
    explicit FunctionUrlSummary(BackendHost *host, QWidget *parent = nullptr);
    void setApiServer(ApiServerController *api);
    void setFunction(const QString &name);
    QString text() const;
    QPushButton *copyButton() const { return m_copy; }

Q_SIGNALS:
    void updated();

private:
    void reload();
    void display();

    BackendHost *m_host;
    CallGuard *m_guard;
    QPointer<ApiServerController> m_api;
    QString m_function;
    std::optional<FunctionUrlConfig> m_url;
    QLabel *m_label;
    QPushButton *m_copy;
};

} // namespace lambdesk
