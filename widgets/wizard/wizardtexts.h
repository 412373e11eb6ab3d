#pragma once

#include "model/runtimeinfo.h"

#include <QCoreApplication>
#include <QString>

namespace lambdesk {

struct Blueprint;

// The explanations the Create function wizard shows (what a start gives, what a blueprint
// teaches), kept apart from its logic.
class WizardTexts
{
    Q_DECLARE_TR_FUNCTIONS(lambdesk::WizardTexts)
public:
    // What "Author from scratch" creates for a runtime family, and what to do next.
    static QString scratchHtml(RuntimeFamily family);
    // A blueprint's title, summary, description, languages, events, variables and settings.
    static QString blueprintHtml(const Blueprint &blueprint, RuntimeFamily family);
    // The details pane with no blueprint selected.
    static QString noBlueprintHtml(RuntimeFamily family);
};

} // namespace lambdesk
