#include "debugbutton.h"

#include "debugcontroller.h"

#include <QAction>
#include <QMenu>
#include <QToolButton>

namespace lambdesk {

QToolButton *makeDebugButton(DebugController *controller, QWidget *parent, bool withOptions)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("debugButton"));
    button->setText(QObject::tr("Debug"));
    button->setIcon(QIcon(QStringLiteral(":/icons/debug.svg")));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setToolTip(QObject::tr("Invoke with the test event under the debugger: it stops on the breakpoints set in "
                                   "the editor's margin (Ctrl+F5).%1")
                           .arg(withOptions ? QObject::tr(" The arrow: options.") : QObject::tr(" Options: Debug menu.")));
    // Not while a session runs: one console session at a time.
    const auto update = [button, controller] {
        const auto s = controller->state();
        button->setEnabled(s == DebuggerPanel::State::Idle || s == DebuggerPanel::State::Ended);
    };
    QObject::connect(controller, &DebugController::stateChanged, button, update);
    update();
    if (!withOptions)
        return button;
    button->setPopupMode(QToolButton::MenuButtonPopup);
    auto *menu = new QMenu(button);
    const QList<QAction *> options = controller->optionActions();
    for (int i = 0; i < options.size(); ++i) {
        if (i == options.size() - 1)
            menu->addSeparator(); // "Port…" goes with the external debugger
        menu->addAction(options.at(i));
    }
    button->setMenu(menu);
    return button;
}

} // namespace lambdesk
