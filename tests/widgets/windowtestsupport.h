#pragma once

// Shared helpers for the widget tests that open the whole console window: the projector's
// screen they run on, and a window shown and ready on a workspace of the demo functions.

#include "functions/functionlistmodel.h"
#include "mainwindow.h"
#include "widgettestsupport.h"

#include <QSignalSpy>

#include <memory>

namespace windowtestsupport {

// Called from a test class's initMain (QTEST_MAIN calls it before the application exists):
// every window opens on a projector's screen, 1024×640 (the offscreen platform's own is
// 800×600; a real display keeps its own size).
inline void useProjectorScreen()
{
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
        qputenv("QT_QPA_PLATFORM",
                "offscreen:configfile=" LAMBDESK_SOURCE_DIR "/tests/widgets/offscreen-1024x640.json");
}

// The console on `workspace` (the demo functions seeded when new), shown and ready; with
// waitForRuntimes also the runtimes detected (in the background, after the window is ready).
inline std::unique_ptr<lambdesk::MainWindow> openReady(const QString &workspace, const QString &settingsPath,
                                                       bool waitForRuntimes = true)
{
    lambdesk::Backend::Options options;
    options.workspace = workspace;
    options.seedDemo = true;
    auto w = std::make_unique<lambdesk::MainWindow>(options, settingsPath);
    QSignalSpy ready(w.get(), &lambdesk::MainWindow::ready);
    w->show();
    if (!ready.wait(widgettestsupport::backendStartMs()) || !ready.first().first().toBool())
        qFatal("the window did not become ready");
    if (waitForRuntimes)
        widgettestsupport::awaitRuntimes(*w->host());
    return w;
}

// Waits until the window lists the demo functions (at least two); false if they did not come.
inline bool demoFunctionsShown(lambdesk::MainWindow &w)
{
    return widgettestsupport::Waiter()
        .on(w.functionModel(), &QAbstractItemModel::modelReset)
        .on(w.functionModel(), &QAbstractItemModel::rowsInserted)
        .until([&] { return w.functionModel()->rowCount() >= 2; }, widgettestsupport::backendStartMs());
}

} // namespace windowtestsupport
