#pragma once

#include "model/functionconfig.h"
#include "model/runtimeinfo.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTextBrowser;

namespace lambdesk {

class BackendHost;
class BlueprintFilterModel;
class BlueprintListModel;
class MemoryEdit;
class TimeoutEdit;
struct Blueprint;

// AWS's "Create function" page as one dialog a learner completes in under a minute: author
// from scratch or start from a blueprint, a name checked as it is typed, a runtime from the
// ones this machine has, and memory/timeout that default to the blueprint's. Creating runs on
// the backend thread; functionCreated() follows, then the dialog closes.
class CreateFunctionWizard : public QDialog
{
    Q_OBJECT
public:
    enum class Start { Scratch, Blueprint };

    // takenNames: the functions that exist (names must be unique).
    CreateFunctionWizard(BackendHost *host, const QStringList &takenNames, QWidget *parent = nullptr);

    void setStart(Start start);
    Start start() const;
    // Selects a blueprint (switching to "Use a blueprint"); false when it is unknown or does
    // not come in the chosen runtime's language.
    bool selectBlueprint(const QString &id);
    QString selectedBlueprint() const;
    bool setRuntime(const QString &id);
    QString runtime() const;

    // The rule the name breaks now (empty when it is fine).
    QString nameError() const;
    // Why Create is disabled now (empty when it is enabled).
    QString blocker() const;
    QString errorText() const;
    // What Create sends to the backend.
    FunctionConfig config() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLabel *nameMessage() const { return m_nameMessage; }
    QComboBox *runtimeBox() const { return m_runtime; }
    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *onlyLanguageBox() const { return m_onlyLanguage; }
    QListView *blueprintList() const { return m_list; }
    QTextBrowser *details() const { return m_details; }
    BlueprintListModel *blueprintModel() const { return m_blueprints; }
    BlueprintFilterModel *blueprintFilter() const { return m_filter; }
    MemoryEdit *memoryEdit() const { return m_memory; }
    TimeoutEdit *timeoutEdit() const { return m_timeout; }
    QPushButton *createButton() const { return m_create; }

public Q_SLOTS:
    // Validates and asks the backend to create the function; refused (false) when invalid.
    bool create();

Q_SIGNALS:
    void functionCreated(const lambdesk::FunctionConfig &config);
    void creationFailed(const QString &message);

private:
    QWidget *buildStartChoice();
    QWidget *buildBlueprintPage();
    void onRuntimeChanged();
    void selectFirstAvailable();
    void onBlueprintChanged();
    void updateState();
    void updateDetails();
    void setError(const QString &text);
    QString uniqueName(const QString &base) const;
    const Blueprint *currentBlueprint() const;

    BackendHost *m_host;
    QSet<QString> m_taken;
    QList<RuntimeInfo> m_runtimes;
    QRadioButton *m_scratch;
    QRadioButton *m_fromBlueprint;
    QLineEdit *m_name;
    QLabel *m_nameMessage;
    QComboBox *m_runtime;
    QLabel *m_runtimeHint;
    QStackedWidget *m_startPages;
    QLabel *m_scratchText;
    QLineEdit *m_search;
    QCheckBox *m_onlyLanguage;
    QListView *m_list;
    QTextBrowser *m_details;
    BlueprintListModel *m_blueprints;
    BlueprintFilterModel *m_filter;
    MemoryEdit *m_memory;
    TimeoutEdit *m_timeout;
    QLabel *m_settingsMessage;
    QLabel *m_error;
    QLabel *m_blocker;
    QPushButton *m_create;
    bool m_nameTouched = false; // typed by the user: no longer replaced by a suggestion
    bool m_creating = false;
};

} // namespace lambdesk
