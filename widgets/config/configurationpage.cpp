#include "configurationpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lambdesk {

ConfigurationPage::ConfigurationPage(const ConsoleContext &context, QWidget *parent) : FunctionPage(context, parent)
{
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch(1);
}

void ConfigurationPage::functionChanged(bool)
{
    m_summary->setText(tr("<b>Runtime</b> %1<br><b>Handler</b> %2<br><b>Memory</b> %3 MB<br><b>Timeout</b> %4 s")
                           .arg(m_function.runtime, m_function.handler.toHtmlEscaped())
                           .arg(m_function.memorySize).arg(m_function.timeout));
}

} // namespace lambdesk
