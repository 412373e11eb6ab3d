#pragma once

#include "common/functionpage.h"
#include "common/theme.h"

#include <QHash>

class QLabel;
class QPushButton;

namespace lambdesk {

struct FunctionUpdate;

class ConcurrencyForm;
class AsyncInvocationForm;
class DestinationsForm;
class EnvironmentEditor;
class EnvironmentModel;
class FunctionUrlForm;
class GeneralForm;
class LayersForm;
class LoggingForm;
class ProvisionedForm;

// The Configuration tab: general settings, environment variables and logging, with AWS's
// Edit / Save / Cancel flow. View mode shows the values; Edit makes them editable and
// validates live; Save shows every violated rule next to its field and refuses, or saves
// (which retires warm environments when something the code sees changed); Cancel restores.
class ConfigurationPage : public FunctionPage
{
    Q_OBJECT
public:
    explicit ConfigurationPage(const ConsoleContext &context, QWidget *parent = nullptr);

    bool hasUnsavedChanges() const override;
    bool isEditing() const { return m_editing; }

    void startEditing();
    // Validates and, when valid, saves through the backend (saved() or saveFailed() follow).
    // Returns false when the edits were refused on the spot.
    bool save();
    void cancel();

    // The configuration the form holds now (the function's, with the edits applied).
    FunctionConfig draft() const;
    // Field (AWS name) -> the problems with the current edits; empty when valid.
    QHash<QString, QStringList> problems() const;
    // The problems shown next to a field now ("MemorySize", "Environment.Variables", ...).
    QString fieldError(const QString &field) const;
    QString bannerText() const;

    GeneralForm *generalForm() const { return m_general; }
    EnvironmentEditor *environmentEditor() const { return m_environment; }
    LoggingForm *loggingForm() const { return m_logging; }
    ConcurrencyForm *concurrencyForm() const { return m_concurrency; }
    ProvisionedForm *provisionedForm() const { return m_provisioned; }
    AsyncInvocationForm *asyncForm() const { return m_async; }
    DestinationsForm *destinationsForm() const { return m_destinations; }
    LayersForm *layersForm() const { return m_layers; }
    FunctionUrlForm *functionUrlForm() const { return m_urls; }
    EnvironmentModel *environmentModel() const;
    QPushButton *editButton() const { return m_edit; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void saved(const lambdesk::FunctionConfig &config);
    void saveFailed(const QString &message);

protected:
    void functionChanged(bool otherFunction) override;
    void changeEvent(QEvent *event) override;

private:
    using Tone = Theme::Tone;
    void setBanner(const QString &text, Tone tone);
    void load();
    void setEditing(bool editing);
    void validateLive();
    void showProblems(const QHash<QString, QStringList> &problems);
    void finishSave(const FunctionConfig &before, const FunctionUpdate &update);
    QString codeDir() const;

    GeneralForm *m_general;
    EnvironmentEditor *m_environment;
    LoggingForm *m_logging;
    ConcurrencyForm *m_concurrency; // saves on its own (PutFunctionConcurrency), outside Edit / Save
    ProvisionedForm *m_provisioned; // saved on its own (not by Edit/Save): AWS's console does the same
    AsyncInvocationForm *m_async; // its own Edit / Save
    DestinationsForm *m_destinations;
    LayersForm *m_layers; // its own Save (the function's Layers), outside Edit / Save
    FunctionUrlForm *m_urls; // saved on its own (Create/Update/DeleteFunctionUrlConfig)
    QLabel *m_title;
    QLabel *m_banner = nullptr;
    QPushButton *m_edit;
    QPushButton *m_save;
    QPushButton *m_cancel;
    FunctionConfig m_baseline; // the configuration when Edit was pressed
    Tone m_bannerTone = Tone::Info;
    bool m_editing = false;
    bool m_saving = false;
};

} // namespace lambdesk
