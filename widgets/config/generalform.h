#pragma once

#include "model/functionconfig.h"
#include "model/runtimeinfo.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lambdesk {

class MemoryEdit;
class TimeoutEdit;

// The "General configuration" section: a read-only summary in view mode, a form in edit
// mode. Every field has a hint and an error line under it; field names are AWS's
// ("MemorySize", "EphemeralStorage.Size", ...) so backend errors land next to their field.
class GeneralForm : public QWidget
{
    Q_OBJECT
public:
    explicit GeneralForm(QWidget *parent = nullptr);

    // `known` false: the machine's runtimes are still being detected (say so, never "not
    // installed"). The runtime combo is filled again, keeping its choice.
    void setRuntimes(const QList<RuntimeInfo> &runtimes, bool known = true);
    void setLimitsNote(const QString &note);
    // Shows `config` in both modes; codeDir lets the handler hint say whether its file exists.
    void load(const FunctionConfig &config, const QString &codeDir);
    void setEditing(bool editing);
    // The form's values written over `config`'s general fields.
    void applyTo(FunctionConfig &config) const;

    // Field -> messages; fields not named are cleared.
    void showErrors(const QHash<QString, QStringList> &errors);
    QString fieldError(const QString &field) const;
    QWidget *editorFor(const QString &field) const;

    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *runtimeBox() const { return m_runtime; }
    QLineEdit *handlerEdit() const { return m_handler; }
    MemoryEdit *memoryEdit() const { return m_memory; }
    QSpinBox *ephemeralBox() const { return m_ephemeral; }
    TimeoutEdit *timeoutEdit() const { return m_timeout; }
    QCheckBox *noNetworkBox() const { return m_noNetwork; }
    QLabel *runtimeWarning() const { return m_runtimeWarning; }
    QLabel *handlerHint() const { return m_handlerHint; }

    // What a handler means for a runtime, for a learner ("Lambda imports ... and calls ...").
    static QString handlerExplanation(const QString &runtime, const QString &handler, const QString &codeDir);

Q_SIGNALS:
    void edited();

private:
    QWidget *field(QWidget *editor, QLabel *hint, const QString &awsField);
    void updateHints();
    QString runtimeText(const QString &id) const;

    QWidget *m_viewPage;
    QWidget *m_editPage;
    QFormLayout *m_view;
    QHash<QString, QLabel *> m_viewValues;
    QLineEdit *m_description;
    QLabel *m_descriptionCount;
    QComboBox *m_runtime;
    QLabel *m_runtimeWarning;
    QLineEdit *m_handler;
    QLabel *m_handlerHint;
    MemoryEdit *m_memory;
    QSpinBox *m_ephemeral;
    TimeoutEdit *m_timeout;
    QCheckBox *m_noNetwork;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QWidget *> m_editors;
    void fillRuntimeCombo(const QString &current);

    QList<RuntimeInfo> m_runtimes;
    bool m_runtimesKnown = true;
    QString m_limitsNote;
    QString m_loadedRuntime;
    QString m_codeDir;
};

} // namespace lambdesk
