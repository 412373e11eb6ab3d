#pragma once

#include "model/error.h"
#include "model/layer.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace lambdesk {

class BackendHost;

// "Create layer", as the Lambda console has it: the name, a description, the compatible
// runtimes (a checkable list of the installed ones), a license, and the content from a folder
// or a .zip file (file pickers; the unzipped size shown once known). Each rule broken shows
// under its field; Create publishes through the backend's asynchronous PublishLayerVersion
// (the zip is read and the folder packaged off the GUI thread) with the dialog busy meanwhile,
// and either closes (published()) or shows the backend's refusal on the field it names.
class CreateLayerDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Source { Folder, Zip };

    CreateLayerDialog(BackendHost *host, const QStringList &runtimes, QWidget *parent = nullptr);

    // The form as a request (the zip bytes are read only when publishing).
    LayerPublish request() const;
    Source source() const;
    QString contentPath() const;
    void setSource(Source source, const QString &path);
    void setCompatibleRuntimes(const QStringList &runtimes);
    QStringList compatibleRuntimes() const;

    // Checks the form; the problems are shown under their fields. True when valid.
    bool validate();
    // Checks and publishes; false when refused on the spot (published() or failed() follow otherwise).
    bool submit();
    bool isBusy() const { return m_busy; }
    // The unzipped size of the chosen content once measured (-1: not known).
    qint64 unzippedSize() const { return m_unzipped; }
    // The problem shown under a field ("LayerName", "Description", "LicenseInfo",
    // "CompatibleRuntimes", "Content"; "" the general one); empty when none.
    QString fieldError(const QString &field) const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLineEdit *licenseEdit() const { return m_license; }
    QListWidget *runtimeList() const { return m_runtimes; }
    QRadioButton *folderButton() const { return m_fromFolder; }
    QRadioButton *zipButton() const { return m_fromZip; }
    QLineEdit *pathEdit() const { return m_path; }
    QLabel *sizeLabel() const { return m_size; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public Q_SLOTS:
    // Ignored while publishing (Esc, the window's close): the backend's answer is awaited.
    void reject() override;

Q_SIGNALS:
    void published(const lambdesk::LayerVersion &version);
    void failed(const QString &message);
    // The content's size was measured (or found unreadable).
    void contentMeasured();

private:
    void browse();
    void showSourceHints();
    void measure();
    void setBusy(bool busy);
    void showError(const QString &field, const QString &text);
    void clearErrors();
    void finish(const Result<LayerVersion> &result);
    void growForMessage();

    BackendHost *m_host;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLineEdit *m_license;
    QListWidget *m_runtimes;
    QRadioButton *m_fromFolder;
    QRadioButton *m_fromZip;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_size;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_errors;
    qint64 m_unzipped = -1;
    QString m_contentProblem; // what measuring found wrong with the content (a zip that is not one)
    quint64 m_measureGeneration = 0;
    bool m_busy = false;
};

} // namespace lambdesk
