#include "wizardtexts.h"

#include "blueprintlistmodel.h"
#include "config/timeoutedit.h"
#include "store/catalogs.h"

namespace lambdesk {

QString WizardTexts::scratchHtml(RuntimeFamily family)
{
    // What the blank start gives, then what to do with it: the learner's next minute.
    QString code;
    switch (family) {
    case RuntimeFamily::Python:
        code = tr("<p>You get <b>lambda_function.py</b> with a <tt>lambda_handler(event, context)</tt> that returns "
                  "<tt>{\"statusCode\": 200, \"body\": \"Hello from Lambda!\"}</tt>; the handler setting is "
                  "<tt>lambda_function.lambda_handler</tt>.</p>");
        break;
    case RuntimeFamily::Node:
        code = tr("<p>You get <b>index.mjs</b> exporting an async <tt>handler(event)</tt> that returns "
                  "<tt>{statusCode: 200, body: \"Hello from Lambda!\"}</tt>; the handler setting is "
                  "<tt>index.handler</tt>.</p>");
        break;
    case RuntimeFamily::Provided:
        code = tr(
            "<p>You get a <b>bootstrap</b> shell script that talks to the Runtime API itself (fetch the next "
            "event, run the handler, post the response) and <b>function.sh</b> with the handler; the handler "
            "setting is <tt>function.handler</tt>. This is how custom runtimes work on AWS; the script uses curl.</p>");
        break;
    case RuntimeFamily::Unknown: code = tr("<p>Choose a runtime.</p>"); break;
    }
    return code
        + tr("<p><b>Next steps</b></p><ol>"
             "<li>The new function opens in the <b>Code</b> tab: edit the handler and save with Ctrl+S.</li>"
             "<li>In the <b>Test</b> tab, create a test event (templates of AWS events help); a blank function "
             "comes without one.</li>"
             "<li>Invoke with Ctrl+Enter and read the response, the log and the REPORT line.</li>"
             "<li>Change memory, timeout and environment variables in the <b>Configuration</b> tab.</li></ol>"
             "<p>Prefer a worked example? Choose <b>Use a blueprint</b>: each comes with test events.</p>");
}

QString WizardTexts::blueprintHtml(const Blueprint &b, RuntimeFamily family)
{
    QStringList events;
    for (const Blueprint::Event &e : b.events)
        events << QStringLiteral("<tt>%1</tt>").arg(e.name.toHtmlEscaped());
    QStringList env;
    for (auto it = b.environment.cbegin(); it != b.environment.cend(); ++it)
        env << QStringLiteral("<tt>%1=%2</tt>").arg(it.key().toHtmlEscaped(), it.value().toHtmlEscaped());
    QString html = QStringLiteral("<h3>%1</h3><p><i>%2</i></p><p>%3</p>")
                       .arg(b.displayTitle().toHtmlEscaped(), b.displaySummary().toHtmlEscaped(),
                            b.displayDescription().toHtmlEscaped());
    html += tr("<p><b>Languages:</b> %1</p>").arg(BlueprintListModel::languages(b));
    html += tr("<p><b>Test events included:</b> %1</p>")
                .arg(events.isEmpty() ? tr("none") : events.join(QStringLiteral(", ")));
    if (!env.isEmpty())
        html += tr("<p><b>Environment variables:</b> %1</p>").arg(env.join(QStringLiteral(", ")));
    html += tr("<p><b>Settings:</b> %1 MB memory, %2 timeout, handler <tt>%3</tt></p>")
                .arg(b.memorySize)
                .arg(TimeoutEdit::describe(b.timeout), b.handlers.value(family));
    return html;
}

QString WizardTexts::noBlueprintHtml(RuntimeFamily family)
{
    if (family == RuntimeFamily::Provided)
        return tr("<p>Blueprints come in Python and Node.js. With a custom runtime, choose <b>Author from scratch</b>, "
                  "or pick a Python or Node.js runtime above.</p>");
    return tr("<p>Choose a blueprint on the left to see what it teaches and which test events come with it.</p>");
}

} // namespace lambdesk
