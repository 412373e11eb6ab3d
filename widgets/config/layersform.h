#pragma once

#include "model/functionconfig.h"
#include "model/layer.h"

#include <QDialog>
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace lambdesk {

class BackendHost;
class CallGuard;

// A published layer version and its ARN, as the Add layer dialog offers it.
struct PublishedLayer
{
    LayerVersion version;
    QString arn;
};

// "Add layer", as the Lambda console has it: a layer of this workspace and one of its versions
// (only those compatible with the function's runtime), or a layer version ARN pasted.
class AddLayerDialog : public QDialog
{
    Q_OBJECT
public:
    AddLayerDialog(const QList<PublishedLayer> &published, const QString &runtime, QWidget *parent = nullptr);

    // The ARN chosen (the version's, or the one typed).
    QString arn() const;
    // The layers offered (compatible with the runtime) and the versions offered for the chosen one.
    QStringList layerNames() const;
    QList<int> versionNumbers() const;
    bool selectLayer(const QString &name, int version = 0);
    void setArn(const QString &arn); // switches to "Specify an ARN"

    QRadioButton *publishedButton() const { return m_fromPublished; }
    QRadioButton *arnButton() const { return m_fromArn; }
    QComboBox *layerBox() const { return m_layer; }
    QComboBox *versionBox() const { return m_version; }
    QLineEdit *arnEdit() const { return m_arnEdit; }

private:
    void fillVersions();
    void update();

    QList<PublishedLayer> m_compatible;
    QRadioButton *m_fromPublished;
    QRadioButton *m_fromArn;
    QComboBox *m_layer;
    QComboBox *m_version;
    QLabel *m_details;
    QLineEdit *m_arnEdit;
    QPushButton *m_ok;
};

// The Configuration tab's "Layers" section: the function's layers in merge order (name,
// version, ARN, size) with Add layer, Remove, Move up / Move down, and its own Save / Cancel
// (UpdateFunctionConfiguration's Layers, of $LATEST: published versions keep the layers they
// were published with). The backend's refusal (more than 5 layers, the size limit, an ARN that
// names no layer version) shows in the section's error line and nothing is saved; the edits
// stay to be fixed. The total unzipped size (layers and code) is shown against AWS's 250 MB.
class LayersForm : public QWidget
{
    Q_OBJECT
public:
    enum Column { OrderColumn, NameColumn, VersionColumn, ArnColumn, SizeColumn };

    explicit LayersForm(BackendHost *host, QWidget *parent = nullptr);

    // Shows the function's layers; unsaved edits of the same function are kept.
    void setFunction(const FunctionConfig &config);

    // The list as edited (ARNs in merge order) and as saved.
    QStringList layers() const { return m_draft; }
    QStringList savedLayers() const { return m_function.layers; }
    bool isDirty() const { return m_draft != m_function.layers; }

    void addLayer(const QString &arn);
    void removeAt(int row);
    void move(int row, int delta);
    // Saves the list (saved() or saveFailed() follow); false when there is nothing to save.
    bool save();
    // Back to the saved list.
    void revert();
    // The Add layer dialog over what is published now; adds what it is accepted with.
    AddLayerDialog *openAddDialog();

    // The published layer versions known (read on setFunction and when layers change).
    const QList<PublishedLayer> &published() const { return m_published; }
    // Total unzipped bytes of the listed layers that are known (and whether all are known).
    qint64 layersSize(bool *allKnown = nullptr) const;
    QString errorText() const;

    QTreeWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *totalLabel() const { return m_total; }

Q_SIGNALS:
    // The published layers (and the listed ones' details) were read.
    void loaded();
    void saved(const lambdesk::FunctionConfig &config);
    void saveFailed(const QString &message);
    void statusMessage(const QString &text, int timeoutMs = 5000);

private:
    void reload();
    void showRows();
    void updateButtons();
    void setError(const QString &text);
    const LayerVersion *known(const QString &arn) const;

    BackendHost *m_host;
    CallGuard *m_guard;
    FunctionConfig m_function;
    QStringList m_draft;
    QList<PublishedLayer> m_published;
    QHash<QString, LayerVersion> m_details; // ARN -> its version (the listed ones found)
    QTreeWidget *m_table;
    QLabel *m_total;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_save;
    QPushButton *m_cancel;
    bool m_saving = false;
};

} // namespace lambdesk
