#include "debugbutton.h"

#include "debugcontroller.h"

#include <QAction>
#include <QMenu>
#include <QToolButton>

namespace lambdesk {

QToolButton *makeDebugButton(DebugController *controller, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("debugButton"));
    button->setText(QObject::tr("Debug"));
    button->setIcon(QIcon(QStringLiteral(":/icons/debug.svg")));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setPopupMode(QToolButton::MenuButtonPopup);
    button->setToolTip(QObject::tr("Invoke with this event under the debugger: it stops on the breakpoints set in "
                                   "the editor's margin (Ctrl+F5). The arrow: options."));
    auto *menu = new QMenu(button);
    const QList<QAction *> options = controller->optionActions();
    for (int i = 0; i < options.size(); ++i) {
        if (i == options.size() - 1)
            menu->addSeparator(); // "Port…" goes with the external debugger
        menu->addAction(options.at(i));
    }
    button->setMenu(menu);
    // Not while a session runs: one console session at a time.
    const auto update = [button, controller] {
        const auto s = controller->state();
        button->setEnabled(s == DebuggerPanel::State::Idle || s == DebuggerPanel::State::Ended);
    };
    QObject::connect(controller, &DebugController::stateChanged, button, update);
    update();
    return button;
}

} // namespace lambdesk
