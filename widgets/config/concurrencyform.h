#pragma once

#include "backend.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace lambdesk {

class BackendHost;
class CallGuard;

// The "Concurrency" section of the Configuration tab, as the Lambda console has it: the
// account's concurrency limit and what is unreserved, and the function's choice — use the
// unreserved account concurrency, or reserve N (0 throttles every invocation) — with its own
// Save (PutFunctionConcurrency / DeleteFunctionConcurrency through the Backend). A refused
// value stays in the form with the error under it, naming the field and the rule.
class ConcurrencyForm : public QWidget
{
    Q_OBJECT
public:
    explicit ConcurrencyForm(BackendHost *host, QWidget *parent = nullptr);

    // Shows `function`'s reservation (empty: none selected); read from the backend.
    void setFunction(const QString &function);
    // Reads the account and the function's reservation again (edits are dropped).
    void reload();
    // Saves the choice; false when it was refused on the spot (the error shows why).
    bool save();

    // What the backend said last: the account and the function's reservation.
    const Backend::AccountConcurrency &account() const { return m_account; }
    std::optional<int> reserved() const { return m_reserved; }
    // The largest reservation this function may have now: what keeps the minimum unreserved.
    int maximumReservation() const;
    QString fieldError() const;

    QRadioButton *unreservedButton() const { return m_useUnreserved; }
    QRadioButton *reserveButton() const { return m_reserve; }
    QSpinBox *reservedBox() const { return m_reservedBox; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *accountLabel() const { return m_accountLabel; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    // reload() finished: the form shows the backend's values.
    void loaded();
    // The reservation was saved (nothing: back to the unreserved pool).
    void saved(std::optional<int> reserved);
    void saveFailed(const QString &message);
    void statusMessage(const QString &text, int timeoutMs = 5000);

private:
    struct State
    {
        Backend::AccountConcurrency account;
        std::optional<int> reserved;
        QString error;
    };
    void apply(const State &state);
    void updateEnabled();
    void showError(const QString &message);
    // The problem with the form's choice, checked here with the account's figures; empty when none.
    QString problem() const;

    BackendHost *m_host;
    CallGuard *m_guard;
    QString m_function;
    Backend::AccountConcurrency m_account;
    std::optional<int> m_reserved;
    QLabel *m_accountLabel;
    QLabel *m_summary;
    QRadioButton *m_useUnreserved;
    QRadioButton *m_reserve;
    QSpinBox *m_reservedBox;
    QLabel *m_hint;
    QLabel *m_error;
    QPushButton *m_save;
    bool m_saving = false;
};

} // namespace lambdesk
