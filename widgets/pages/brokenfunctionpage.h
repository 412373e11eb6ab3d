#pragma once

#include "common/functionpage.h"

class QLabel;
class QPushButton;

namespace lambdesk {

class CallGuard;

// What the console shows instead of the tabs for a function that cannot run because its
// function.json is broken: why (the field and the rule), where the file is, and the ways out —
// open it in the system's editor, read it again after fixing it, or delete the function.
class BrokenFunctionPage : public FunctionPage
{
    Q_OBJECT
public:
    explicit BrokenFunctionPage(const ConsoleContext &context, QWidget *parent = nullptr);

    QLabel *reasonLabel() const { return m_reason; }
    QLabel *pathLabel() const { return m_path; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *deleteButton() const { return m_delete; }

public Q_SLOTS:
    void openConfigFile();
    void reload();
    // Asks first (a window-modal question), then deletes the function with its folder.
    void deleteFunction();

protected:
    void functionChanged(bool otherFunction) override;

private:
    QString configFile() const;

    CallGuard *m_guard;
    QLabel *m_title;
    QLabel *m_reason;
    QLabel *m_path;
    QLabel *m_note;
    QPushButton *m_open;
    QPushButton *m_reload;
    QPushButton *m_delete;
};

} // namespace lambdesk
