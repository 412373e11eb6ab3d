#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lambdesk {

PlaceholderPage::PlaceholderPage(const ConsoleContext &context, const QString &title, const QString &text,
                                 QWidget *parent)
    : FunctionPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    auto *body = new QLabel(text, this);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    layout->addStretch(1);
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    body->setMaximumWidth(560);
    body->setAlignment(Qt::AlignCenter);
}

} // namespace lambdesk
