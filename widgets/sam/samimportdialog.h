#pragma once

#include "backend.h"
#include "samimport.h"
#include "io/samproject.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTreeWidget;

namespace lambdesk {

class BackendHost;

// File › Open SAM project…: choose a template.yaml, see what it holds (the functions with
// runtime, handler, memory and timeout; their events: URL routes with method and path,
// schedules, queues; what cannot be imported, with why; the parameters, whose values can be
// changed), then Import. The template is read and the import planned (a dry run) and made on
// the backend's thread, never on the GUI thread; the dialog says when it is busy.
class SamImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { NameColumn, RuntimeColumn, HandlerColumn, MemoryColumn, TimeoutColumn, ActionColumn };

    explicit SamImportDialog(BackendHost *host, QWidget *parent = nullptr);

    // Reads the template (with the parameters' defaults) and shows the preview; previewReady()
    // or previewFailed() follows.
    void setTemplatePath(const QString &path);
    QString templatePath() const;
    // Sets a parameter's value in the table and reads the template again with it.
    void setParameter(const QString &name, const QString &value);
    QMap<QString, QString> parameterValues() const;
    // Imports what the preview shows; imported() or importFailed() follows.
    bool startImport();
    bool isBusy() const { return m_busy; }

    const std::optional<sam::Project> &project() const { return m_project; }
    const SamImportReport &plan() const { return m_plan; }
    const std::optional<SamImportReport> &report() const { return m_report; }
    QString errorText() const;

    QTreeWidget *preview() const { return m_preview; }
    QTableWidget *parameterTable() const { return m_parameters; }
    QDialogButtonBox *buttons() const { return m_buttons; }

Q_SIGNALS:
    void previewReady();
    void previewFailed(const QString &message);
    void imported(const lambdesk::SamImportReport &report);
    void importFailed(const QString &message);

private:
    struct Preview
    {
        std::optional<sam::Project> project;
        QString error;
        QStringList parameterNames; // declared, in order
        QMap<QString, QString> defaults;
        SamImportReport plan;
    };
    void browse();
    void refresh();
    void showPreview(const Preview &preview);
    void showReport(const SamImportReport &report);
    void setBusy(bool busy);
    void fillParameters(const Preview &preview);

    BackendHost *m_host;
    QLineEdit *m_path;
    QTableWidget *m_parameters;
    QTreeWidget *m_preview;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    std::optional<sam::Project> m_project;
    SamImportReport m_plan;
    std::optional<SamImportReport> m_report;
    QMap<QString, QString> m_overrides; // the values the user changed
    quint64 m_generation = 0;           // drops a stale preview
    bool m_busy = false;
    bool m_filling = false;
};

} // namespace lambdesk
