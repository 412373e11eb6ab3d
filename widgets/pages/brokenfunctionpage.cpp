#include "brokenfunctionpage.h"

#include "backendhost.h"
#include "functions/deletefunctiondialog.h"

#include <QDesktopServices>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTime>
#include <QUrl>
#include <QVBoxLayout>

namespace lambdesk {

BrokenFunctionPage::BrokenFunctionPage(const ConsoleContext &context, QWidget *parent)
    : FunctionPage(context, parent), m_guard(new CallGuard(this))
{
    // In a scroll area: the page shares a stack with the tabs, and a short screen (a projector's
    // 640 px at 4/3 scale) must not get a taller window minimum from a page not even shown.
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    page->addWidget(scroll);
    auto *body = new QWidget(scroll);
    scroll->setWidget(body);
    auto *outer = new QVBoxLayout(body);
    outer->setContentsMargins(24, 20, 24, 20);
    auto *column = new QWidget(body);
    column->setMaximumWidth(760);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    auto *heading = new QHBoxLayout;
    heading->setSpacing(12);
    auto *icon = new QLabel(column);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/status-warning.svg")).pixmap(36, 36));
    icon->setAlignment(Qt::AlignTop);
    m_title = new QLabel(column);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    // The header above the page names the function; this says what that means for it.
    m_title->setText(tr("<h2 style='margin:0'>This function cannot run</h2>Its configuration (function.json) is "
                        "broken, so Lambdesk does not invoke it. Nothing was changed or deleted."));
    heading->addWidget(icon, 0, Qt::AlignTop);
    heading->addWidget(m_title, 1);
    layout->addLayout(heading);

    auto *whatLabel = new QLabel(tr("<b>What is wrong</b>"), column);
    m_reason = new QLabel(column);
    m_reason->setObjectName(QStringLiteral("brokenReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setFrameShape(QFrame::StyledPanel);
    m_reason->setMargin(10);
    m_reason->setStyleSheet(QStringLiteral("QLabel#brokenReason { border: 1px solid #e07b00; border-radius: 4px; }"));
    auto *whereLabel = new QLabel(tr("<b>Configuration file</b>"), column);
    m_path = new QLabel(column);
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *how = new QLabel(
        tr("To repair it, open function.json, correct the value named above and press <b>Reload</b>; or give "
           "valid values through the Lambda API (<code>aws lambda update-function-configuration</code>), which "
           "writes a new function.json. Deleting the function removes its folder: code, configuration and test "
           "events."),
        column);
    how->setWordWrap(true);
    how->setTextFormat(Qt::RichText);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    m_open = new QPushButton(QIcon(QStringLiteral(":/icons/file-json.svg")), tr("Open function.json"), column);
    m_open->setToolTip(tr("Open the file in the program your desktop uses for JSON files"));
    m_reload = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Reload"), column);
    m_reload->setToolTip(tr("Read function.json again, after you fixed it"));
    m_delete = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete function…"), column);
    buttons->addWidget(m_open);
    buttons->addWidget(m_reload);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    m_note = new QLabel(column);
    m_note->setWordWrap(true);

    layout->addSpacing(6);
    layout->addWidget(whatLabel);
    layout->addWidget(m_reason);
    layout->addSpacing(6);
    layout->addWidget(whereLabel);
    layout->addWidget(m_path);
    layout->addSpacing(6);
    layout->addWidget(how);
    layout->addSpacing(10);
    layout->addLayout(buttons);
    layout->addWidget(m_note);
    outer->addWidget(column);
    outer->addStretch(1);

    connect(m_open, &QPushButton::clicked, this, &BrokenFunctionPage::openConfigFile);
    connect(m_reload, &QPushButton::clicked, this, &BrokenFunctionPage::reload);
    connect(m_delete, &QPushButton::clicked, this, &BrokenFunctionPage::deleteFunction);
}

QString BrokenFunctionPage::configFile() const
{
    return m_ctx.host ? m_ctx.host->configFile(m_function.name) : QString();
}

void BrokenFunctionPage::functionChanged(bool otherFunction)
{
    if (otherFunction) {
        m_guard->invalidate(); // a late answer about the previous function is not shown here
        m_note->clear();
    }
    m_reason->setText(m_function.brokenReason);
    m_path->setText(configFile());
    const bool any = !m_function.name.isEmpty();
    for (QPushButton *b : {m_open, m_reload, m_delete})
        b->setEnabled(any);
}

void BrokenFunctionPage::openConfigFile()
{
    const QString path = configFile();
    if (path.isEmpty())
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        Q_EMIT statusMessage(tr("No program opened %1; open it in your editor").arg(path), 8000);
}

void BrokenFunctionPage::reload()
{
    const QString name = m_function.name;
    if (name.isEmpty() || !m_ctx.host)
        return;
    m_reload->setEnabled(false);
    m_ctx.host->call(
        m_guard, [name](Backend &b) { return b.reloadFunction(name); },
        [this, name](Result<FunctionConfig> r) {
            m_reload->setEnabled(true);
            const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
            QString text;
            if (!r)
                text = r.error().message;
            else if (r->isBroken())
                text = tr("Read again at %1: still broken.").arg(time);
            else
                text = tr("%1 was read again and can run now.").arg(name);
            m_note->setText(text);
            Q_EMIT statusMessage(text, 6000);
        });
}

void BrokenFunctionPage::deleteFunction()
{
    const QString name = m_function.name;
    if (name.isEmpty() || !m_ctx.host)
        return;
    auto *ask = new DeleteFunctionDialog(name, tr("Its whole folder goes, function.json included."), this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QDialog::accepted, this, [this, name] {
        m_ctx.host->call(
            this, [name](Backend &b) { return b.deleteFunction(name); },
            [this, name](Status s) { Q_EMIT statusMessage(s ? tr("Deleted %1").arg(name) : s.error().message, 6000); });
    });
    ask->open();
}

} // namespace lambdesk
