#pragma once

#include "common/functionpage.h"
#include "invoke/trafficshift.h"
#include "model/functionalias.h"

#include <QMessageBox>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace lambdesk {

class AliasDialog;
class CallGuard;
class RoutingBar;
struct InvocationResult;

// The Aliases tab: the function's aliases with their routing drawn as a bar; create, edit
// (a weight slider) and delete; and "Shift traffic": an alias moves from its version to a new
// one in CodeDeploy-like steps, stops or rolls back on a click, and rolls back by itself when
// the new version's error rate (of the invocations through the alias) passes a threshold.
class AliasesPage : public FunctionPage
{
    Q_OBJECT
public:
    explicit AliasesPage(const ConsoleContext &context, QWidget *parent = nullptr);

    // Opens the create (empty name) or edit dialog; it applies itself when accepted.
    AliasDialog *openDialog(const QString &alias = {});
    // Deletes the selected alias after asking.
    void deleteSelected();
    // Starts shifting the selected alias to the chosen version with the chosen preset.
    bool startShift();
    // Replaces the question asked before a delete (tests answer it).
    void setPrompt(std::function<QMessageBox::StandardButton(const QString &)> prompt) { m_prompt = std::move(prompt); }

    const QList<FunctionAlias> &aliases() const { return m_aliases; }
    QStringList versions() const { return m_versions; }
    QTreeWidget *list() const { return m_list; }
    RoutingBar *barOf(const QString &alias) const;
    bool selectAlias(const QString &alias);
    QString selectedAlias() const;
    TrafficShift *shift() const { return m_shift; }
    QComboBox *targetBox() const { return m_target; }
    QComboBox *presetBox() const { return m_preset; }
    QSpinBox *intervalBox() const { return m_interval; }
    QSpinBox *thresholdBox() const { return m_threshold; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *rollBackButton() const { return m_rollBack; }
    QLabel *message() const { return m_message; }
    QLabel *shiftStatus() const { return m_shiftStatus; }

Q_SIGNALS:
    // The list was read again (after a change by anyone).
    void aliasesLoaded();
    // An alias change the page asked for was answered (ok or refused: message() says).
    void changeAnswered(bool ok);

protected:
    void functionChanged(bool otherFunction) override;

private:
    void buildUi();
    void reload();
    void showAliases();
    void updateButtons();
    // The version a shift of the selected alias goes to: not the one it runs.
    void chooseTarget();
    void apply(const FunctionAlias &alias, bool isNew);
    void applyShiftWeight(double weight);
    void onShiftState(TrafficShift::State state);
    void onInvocation(const InvocationResult &result);
    void setMessage(const QString &text, bool error);

    CallGuard *m_calls;
    QList<FunctionAlias> m_aliases;
    QStringList m_versions; // "$LATEST" then the published numbers
    QTreeWidget *m_list;
    QPushButton *m_create;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QLabel *m_message;
    QComboBox *m_target;
    QComboBox *m_preset;
    QSpinBox *m_interval;
    QSpinBox *m_threshold;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_rollBack;
    RoutingBar *m_shiftBar;
    QLabel *m_shiftStatus;
    TrafficShift *m_shift;
    QString m_shiftFunction; // the function whose alias is shifting
    std::function<QMessageBox::StandardButton(const QString &)> m_prompt;
};

} // namespace lambdesk
