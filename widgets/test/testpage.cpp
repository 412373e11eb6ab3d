#include "testpage.h"

#include "common/invocationcontroller.h"
#include "editor/codeeditor.h"
#include "model/jsoncheck.h"
#include "results/resultpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace lambdesk {

TestPage::TestPage(const ConsoleContext &context, QWidget *parent) : FunctionPage(context, parent)
{
    m_event = new CodeEditor(this);
    m_event->setLanguage(CodeEditor::Language::Json);
    m_results = new ResultPanel(this);
    auto *invokeButton = new QPushButton(QIcon(QStringLiteral(":/icons/invoke.svg")), tr("Invoke"), this);
    invokeButton->setToolTip(tr("Run the function with this event (Ctrl+Enter)"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Event JSON"), this), 1);
    bar->addWidget(invokeButton);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_event, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_results);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(invokeButton, &QPushButton::clicked, this, &TestPage::invoke);
    connect(m_event, &QsciScintilla::textChanged, this, [this] {
        if (!m_function.name.isEmpty())
            m_ctx.invocations->setCurrentEvent(m_function.name, QString(), m_event->text().toUtf8());
    });
    connect(m_ctx.invocations, &InvocationController::invocationStarted, this, [this](const QString &fn) {
        if (fn == m_function.name)
            m_results->showRunning(fn);
    });
    connect(m_ctx.invocations, &InvocationController::invocationFinished, this,
            [this](const QString &fn, const InvocationResult &r) {
                if (fn == m_function.name)
                    m_results->showResult(r);
            });
    connect(m_ctx.invocations, &InvocationController::invocationFailed, this, [this](const QString &fn, const QString &m) {
        if (fn == m_function.name)
            m_results->showFailure(m);
    });
}

void TestPage::functionChanged(bool otherFunction)
{
    if (!otherFunction)
        return;
    m_event->setText(QString::fromUtf8(json::format(m_ctx.invocations->currentPayload(m_function.name))));
    if (const auto last = m_ctx.invocations->lastResult(m_function.name))
        m_results->showResult(*last);
    else
        m_results->clear();
}

void TestPage::invoke()
{
    if (m_function.name.isEmpty())
        return;
    const QByteArray payload = m_event->text().toUtf8();
    if (auto e = json::check(payload)) {
        m_results->showFailure(tr("The event is not valid JSON: %1").arg(e->message));
        return;
    }
    m_ctx.invocations->invoke(m_function.name, payload);
}

} // namespace lambdesk
