#pragma once

#include "common/consolecontext.h"
#include "model/layer.h"

#include <QList>
#include <QMessageBox>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace lambdesk {

class CallGuard;
class CreateLayerDialog;

// The Layers page (Tools → Layers…), as the Lambda console's: the workspace's layers (name,
// latest version, description, compatible runtimes, created); the selected layer's versions
// (version, ARN with a copy button, size, SHA-256, created, runtimes) with Delete version
// (after asking: functions that use it keep working); and Create layer, a dialog that publishes
// from a folder or a .zip. Follows Backend::layersChanged (the API and the CLI publish too).
// Talks to the backend only through its host.
class LayersPage : public QWidget
{
    Q_OBJECT
public:
    enum LayerColumn { NameColumn, LatestColumn, DescriptionColumn, RuntimesColumn, CreatedColumn };
    enum VersionColumn { VersionColumn, ArnColumn, SizeColumn, ShaColumn, VersionCreatedColumn, VersionRuntimesColumn };

    explicit LayersPage(const ConsoleContext &context, QWidget *parent = nullptr);

    // Reads the layers again (and the selected one's versions); layersLoaded() follows.
    void reload();
    // Opens "Create layer"; it publishes itself and closes when the backend accepted.
    CreateLayerDialog *openCreateDialog();
    // Deletes the selected version after asking.
    void deleteSelectedVersion();
    // Replaces the question asked before a delete (tests answer it).
    void setPrompt(std::function<QMessageBox::StandardButton(const QString &)> prompt) { m_prompt = std::move(prompt); }

    bool selectLayer(const QString &name);
    QString selectedLayer() const;
    bool selectVersion(int version);
    int selectedVersion() const; // 0: none
    const QList<LayerVersion> &layers() const { return m_layers; }
    const QList<LayerVersion> &versions() const { return m_versions; }

    QTreeWidget *layerList() const { return m_layerList; }
    QTreeWidget *versionList() const { return m_versionList; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *message() const { return m_message; }

Q_SIGNALS:
    void layersLoaded();
    // The selected layer's versions are shown.
    void versionsLoaded();
    // A delete was answered (ok or refused: message() says).
    void deleteAnswered(bool ok);

private:
    void buildUi();
    void showLayers();
    void loadVersions();
    void showVersions();
    void updateButtons();
    void setMessage(const QString &text, bool error);
    QStringList runtimeIds() const;

    ConsoleContext m_ctx;
    CallGuard *m_layerCalls;
    CallGuard *m_versionCalls;
    QList<LayerVersion> m_layers;
    QList<LayerVersion> m_versions;
    QString m_selected;
    QTreeWidget *m_layerList;
    QTreeWidget *m_versionList;
    QLabel *m_versionsTitle;
    QPushButton *m_create;
    QPushButton *m_delete;
    QLabel *m_message;
    std::function<QMessageBox::StandardButton(const QString &)> m_prompt;
};

} // namespace lambdesk
