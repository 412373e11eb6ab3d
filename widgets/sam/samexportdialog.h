#pragma once

#include "backendsamexport.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace lambdesk {

class BackendHost;

// File › Export to AWS…: choose the function(s) (the current one preselected, or all) and a
// folder, then Export: samexport::exportProject writes template.yaml, the code folders and the
// deployment packages on the backend's worker pool (never the GUI thread); the files written
// and the aws/sam commands that deploy them are shown in a read-only text box with a Copy
// button.
class SamExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SamExportDialog(BackendHost *host, const QString &current = {}, QWidget *parent = nullptr);

    // The functions ticked (empty with "All functions").
    QStringList selectedFunctions() const;
    void setSelectedFunctions(const QStringList &names);
    void setAllFunctions(bool all);
    void setOutDir(const QString &dir);
    void setOverwrite(bool overwrite);
    void setZipOnly(bool zipOnly);
    // Exports; exported() or exportFailed() follows. False when nothing is chosen or busy.
    bool startExport();
    bool isBusy() const { return m_busy; }
    bool functionsLoaded() const { return m_loaded; }

    QString outputText() const;
    QPlainTextEdit *output() const { return m_output; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *exportButton() const { return m_export; }
    QListWidget *functionList() const { return m_functions; }
    const std::optional<samexport::Report> &result() const { return m_result; }

    // What the text box shows for a result (also what `lambdesk export` prints).
    static QString describe(const samexport::Report &result);

Q_SIGNALS:
    void functionsReady();
    void exported(const QString &outDir);
    void exportFailed(const QString &message);

private:
    void browse();
    void updateButtons();
    void finished(const Result<samexport::Report> &result);

    BackendHost *m_host;
    QString m_current;
    QListWidget *m_functions;
    QCheckBox *m_all;
    QLineEdit *m_dir;
    QCheckBox *m_overwrite;
    QCheckBox *m_zipOnly;
    QLineEdit *m_role;
    QPlainTextEdit *m_output;
    QPushButton *m_copy;
    QPushButton *m_export;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    bool m_loaded = false;
    std::optional<samexport::Report> m_result;
};

} // namespace lambdesk
