#pragma once

#include "model/provisionedconcurrency.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace lambdesk {

class BackendHost;
class CallGuard;

// Configuration -> "Provisioned concurrency", as the AWS console has it: the function's
// configurations (qualifier, requested, allocated, status) with Add, Edit and Remove. Add and
// Edit open an inline editor (a version or an alias, and a count). Live: the status follows
// the backend's provisionedConcurrencyChanged (IN_PROGRESS -> READY). Talks to the Backend
// only through its host.
class ProvisionedForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProvisionedForm(BackendHost *host, QWidget *parent = nullptr);

    void setFunction(const QString &name);
    QString function() const { return m_function; }

    // Actions (the buttons), for tests too.
    void add();
    void editSelected();
    // Puts the editor's qualifier and count; answered() follows.
    void saveEditor();
    void removeSelected();
    // Asks before Remove; replaced in tests.
    void setPrompt(std::function<bool(const QString &text)> prompt) { m_prompt = std::move(prompt); }

    const QList<ProvisionedConcurrency> &configs() const { return m_configs; }
    QTreeWidget *list() const { return m_list; }
    QComboBox *qualifierBox() const { return m_qualifier; }
    QSpinBox *countBox() const { return m_count; }
    QString message() const;
    bool isEditorVisible() const;

Q_SIGNALS:
    // The list was read again.
    void loaded();
    // A Put or a Delete was answered (ok: it was done).
    void answered(bool ok);

private:
    void reload();
    void showConfigs(const QList<ProvisionedConcurrency> &configs, const QStringList &qualifiers);
    void setMessage(const QString &text, bool error);
    QString selectedQualifier() const;
    void setEditorVisible(bool visible);

    BackendHost *m_host;
    CallGuard *m_calls;
    QString m_function;
    QList<ProvisionedConcurrency> m_configs;
    QStringList m_qualifiers; // published versions and aliases (what can have one)
    std::function<bool(const QString &)> m_prompt;

    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QWidget *m_editor;
    QComboBox *m_qualifier;
    QSpinBox *m_count;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QLabel *m_message;
};

} // namespace lambdesk
