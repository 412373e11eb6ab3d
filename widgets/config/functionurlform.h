#pragma once

#include "functionurldialog.h"
#include "functionurlsummary.h"
#include "model/error.h"
#include "model/functionurl.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace lambdesk {

class ApiServerController;
class BackendHost;
class CallGuard;

namespace functionurlui {
// Where a URL answers in this console: its host form and its path form on the Lambda API's
// port, or empty strings when the API is not running (a dead link helps nobody).
struct Addresses
{
    QString hostUrl; // http://<url-id>.lambda-url.localhost:PORT/
    QString pathUrl; // http://127.0.0.1:PORT/lambda-url/<url-id>/
};
Addresses addresses(const FunctionUrlConfig &config, const ApiServerController *api);
// "$LATEST" for the unqualified URL, else the alias name.
QString qualifierText(const FunctionUrlConfig &config);
// "Comma or new line separated" text as a list: trimmed, empty parts dropped.
QStringList splitList(const QString &text);
} // namespace functionurlui

// The Configuration tab's "Function URL" section: the function's URLs (the unqualified one and
// one per alias) in a list, the selected one's address with Copy and Open (and its path form
// for clients that cannot resolve *.localhost), Create / Edit (FunctionUrlDialog) and Delete
// (asked first). Each change is saved at once through the backend.
class FunctionUrlForm : public QWidget
{
    Q_OBJECT
public:
    explicit FunctionUrlForm(BackendHost *host, QWidget *parent = nullptr);

    // The API server whose port the URLs answer on (none: "not running").
    void setApiServer(ApiServerController *api);
    void setFunction(const QString &name);
    QString function() const { return m_function; }

    // Opens the dialog (window-modal, not blocking): for a new URL, or to edit the selected one.
    FunctionUrlDialog *openCreate();
    FunctionUrlDialog *openEdit();
    FunctionUrlDialog *dialog() const { return m_dialog; }
    // Asks before deleting the selected URL (window-modal); Yes deletes it.
    QMessageBox *requestDelete();
    // Deletes without asking; saved() or saveFailed() follow.
    void deleteUrl(const QString &qualifier);
    // Selects the row of `qualifier` ("$LATEST" or an alias); false when there is none.
    bool select(const QString &qualifier);

    const QList<FunctionUrlConfig> &urls() const { return m_urls; }
    std::optional<FunctionUrlConfig> selected() const;
    bool isLoaded() const { return m_loaded; }
    // What the address line shows for the selected URL (its host form), or why there is none.
    QString addressText() const;
    QString pathText() const;
    QString errorText() const;

    QTreeWidget *list() const { return m_list; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *editButton() const { return m_editButton; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *copyButton() const { return m_copy; }
    QLabel *openLink() const { return m_open; }
    QLabel *addressLabel() const { return m_address; }

Q_SIGNALS:
    void loaded();
    void saved(const lambdesk::FunctionUrlConfig &config);
    void deleted(const QString &qualifier);
    void saveFailed(const QString &message);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void reload();
    void display();
    void updateButtons();
    void updateAddress();
    FunctionUrlDialog *openDialog(const std::optional<FunctionUrlConfig> &editing);
    void submit();

    BackendHost *m_host;
    CallGuard *m_guard;
    QPointer<ApiServerController> m_api;
    QString m_function;
    QList<FunctionUrlConfig> m_urls;
    QStringList m_aliases;
    QString m_wantSelected;
    QPointer<FunctionUrlDialog> m_dialog;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QLabel *m_address;
    QLabel *m_open;
    QLabel *m_path;
    QLabel *m_routes; // an imported function's template routes
    QPushButton *m_copy;
    QPushButton *m_copyPath;
    QLabel *m_error;
    QPushButton *m_create;
    QPushButton *m_editButton;
    QPushButton *m_delete;
    bool m_loaded = false;
    bool m_saving = false;
};


} // namespace lambdesk
