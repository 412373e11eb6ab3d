#pragma once

#include "common/functionpage.h"

class QLabel;

namespace lambdesk {

// The Configuration tab: general settings and environment variables.
class ConfigurationPage : public FunctionPage
{
    Q_OBJECT
public:
    explicit ConfigurationPage(const ConsoleContext &context, QWidget *parent = nullptr);

protected:
    void functionChanged(bool otherFunction) override;

private:
    QLabel *m_summary;
};

} // namespace lambdesk
