#pragma once

#include "common/functionpage.h"

class QLabel;

namespace lambdesk {

// A tab whose feature comes with a later release: says so plainly, nothing pretends.
class PlaceholderPage : public FunctionPage
{
    Q_OBJECT
public:
    PlaceholderPage(const ConsoleContext &context, const QString &title, const QString &text,
                    QWidget *parent = nullptr);

protected:
    void functionChanged(bool) override {}
};

} // namespace lambdesk
