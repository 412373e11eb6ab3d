#include "placeholderpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lambdesk {

PlaceholderPage::PlaceholderPage(const ConsoleContext &context, const QString &title, const QString &text,
                                 QWidget *parent)
    : FunctionPage(context, parent)
{
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    heading->setAlignment(Qt::AlignCenter);
    auto *body = new QLabel(text, this);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    body->setAlignment(Qt::AlignCenter);
    // A readable measure on a wide screen. No alignment flag on the label's layout item: with one,
    // the layout gives a word-wrapped label its one-line size hint and cuts the rest away.
    body->setMaximumWidth(560);
    body->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(body, 100);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(heading);
    layout->addLayout(row);
    layout->addStretch(2);
}

} // namespace lambdesk
