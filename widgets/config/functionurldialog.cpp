// The create/edit dialog of one function URL (FunctionUrlDialog).
#include "functionurldialog.h"

#include "common/errorlabel.h"
#include "common/explainpopup.h"
#include "functionurlform.h"
#include "functionurlhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lambdesk {

using namespace functionurlhelpers;

namespace {

QString authNote(FunctionUrlAuthType type)
{
    return type == FunctionUrlAuthType::None
        ? QObject::tr("NONE: anyone who can reach the URL can call the function; no signature is checked.")
        : QObject::tr("AWS_IAM: only requests signed with SigV4 with the local API's credentials are let in.");
}

} // namespace

// ---- FunctionUrlDialog ----

FunctionUrlDialog::FunctionUrlDialog(const QStringList &qualifiers, const std::optional<FunctionUrlConfig> &editing,
                                     QWidget *parent)
    : QDialog(parent), m_editing(editing.has_value())
{
    setWindowTitle(m_editing ? tr("Edit function URL") : tr("Create function URL"));
    setObjectName(QStringLiteral("functionUrlDialog"));
    const auto errorLabel = [this](const QString &field, const QString &name) {
        QLabel *l = makeErrorLabel(this, name);
        m_errors.insert(field, l);
        return l;
    };

    m_qualifier = new QComboBox(this);
    m_qualifier->setObjectName(QStringLiteral("qualifierBox"));
    m_qualifier->addItems(qualifiers);
    m_qualifier->setToolTip(tr("$LATEST: the function itself. An alias: the URL runs the version the alias points at"));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("authTypeBox"));
    m_auth->addItem(QStringLiteral("NONE"), int(FunctionUrlAuthType::None));
    m_auth->addItem(QStringLiteral("AWS_IAM"), int(FunctionUrlAuthType::AwsIam));
    m_authNote = new QLabel(this);
    m_authNote->setObjectName(QStringLiteral("authTypeNote"));
    m_authNote->setWordWrap(true);

    m_cors = new QGroupBox(tr("Configure cross-origin resource sharing (CORS)"), this);
    m_cors->setObjectName(QStringLiteral("corsBox"));
    m_cors->setCheckable(true);
    m_cors->setChecked(false);
    m_cors->setToolTip(tr("Lets web pages of other origins call this URL from a browser: the answers to "
                          "preflights and the CORS headers of every response"));
    const auto listEdit = [this](const QString &name, const QString &placeholder) {
        auto *e = new QLineEdit(m_cors);
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        return e;
    };
    m_origins = listEdit(QStringLiteral("allowOriginsEdit"), tr("* or https://example.com, http://localhost:3000"));
    m_expose = listEdit(QStringLiteral("exposeHeadersEdit"), tr("Headers the page's script may read, e.g. x-request-id"));
    m_headers = listEdit(QStringLiteral("allowHeadersEdit"), tr("Headers the page may send, e.g. content-type"));
    m_methods = listEdit(QStringLiteral("allowMethodsEdit"), tr("GET, PUT, HEAD, POST, PATCH, DELETE or *"));
    m_maxAge = new QSpinBox(m_cors);
    m_maxAge->setObjectName(QStringLiteral("maxAgeBox"));
    m_maxAge->setRange(0, 86400);
    m_maxAge->setSuffix(tr(" s"));
    m_maxAge->setToolTip(tr("How long a browser may keep a preflight's answer (0 to 86400 seconds)"));
    m_credentials = new QCheckBox(tr("Allow credentials (cookies, authorization headers)"), m_cors);
    m_credentials->setObjectName(QStringLiteral("allowCredentialsBox"));
    auto *corsForm = new QFormLayout(m_cors);
    const auto addRow = [&](const QString &label, QWidget *w, const QString &field, const QString &errorName) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(w);
        box->addWidget(errorLabel(field, errorName));
        corsForm->addRow(label, box);
    };
    addRow(tr("Allow origin"), m_origins, QStringLiteral("Cors.AllowOrigins"), QStringLiteral("allowOriginsError"));
    addRow(tr("Expose headers"), m_expose, QStringLiteral("Cors.ExposeHeaders"), QStringLiteral("exposeHeadersError"));
    addRow(tr("Allow headers"), m_headers, QStringLiteral("Cors.AllowHeaders"), QStringLiteral("allowHeadersError"));
    addRow(tr("Allow methods"), m_methods, QStringLiteral("Cors.AllowMethods"), QStringLiteral("allowMethodsError"));
    addRow(tr("Max age"), m_maxAge, QStringLiteral("Cors.MaxAge"), QStringLiteral("maxAgeError"));
    addRow(QString(), m_credentials, QStringLiteral("Cors.AllowCredentials"), QStringLiteral("allowCredentialsError"));

    m_invokeMode = new QComboBox(this);
    m_invokeMode->setObjectName(QStringLiteral("invokeModeBox"));
    m_invokeMode->addItem(QStringLiteral("BUFFERED"), int(FunctionUrlInvokeMode::Buffered));
    m_invokeMode->addItem(QStringLiteral("RESPONSE_STREAM"), int(FunctionUrlInvokeMode::ResponseStream));
    m_invokeMode->setToolTip(tr("BUFFERED: the response is sent when the handler returns. RESPONSE_STREAM: a "
                                "streaming handler's chunks reach the client as they are written"));

    auto *form = new QFormLayout;
    const auto addField = [&](const QString &label, QWidget *w, const QString &field, const QString &errorName,
                              QWidget *note = nullptr) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(w);
        if (note)
            box->addWidget(note);
        box->addWidget(errorLabel(field, errorName));
        form->addRow(label, box);
    };
    addField(tr("Qualifier"), m_qualifier, QStringLiteral("Qualifier"), QStringLiteral("qualifierError"));
    addField(tr("Auth type"), m_auth, QStringLiteral("AuthType"), QStringLiteral("authTypeError"), m_authNote);
    addField(tr("Invoke mode"), m_invokeMode, QStringLiteral("InvokeMode"), QStringLiteral("invokeModeError"));
    explain::attachFormLabels(form, {QString(), QStringLiteral("config.functionUrlAuthType")});
    explain::attachGroupTitle(m_cors, QStringLiteral("config.functionUrlCors"));

    m_general = makeErrorLabel(this, QStringLiteral("functionUrlDialogError"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(m_editing ? tr("Save") : tr("Create"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveUrlButton"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        clearErrors();
        Q_EMIT submitted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &FunctionUrlDialog::updateAuthNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_cors);
    layout->addWidget(m_general);
    layout->addStretch(1);
    layout->addWidget(buttons);

    if (editing) {
        m_qualifier->clear();
        m_qualifier->addItem(functionurlui::qualifierText(*editing));
        m_qualifier->setEnabled(false); // AWS: a URL's qualifier is what names it
        m_auth->setCurrentIndex(editing->authType == FunctionUrlAuthType::None ? 0 : 1);
        m_invokeMode->setCurrentIndex(editing->invokeMode == FunctionUrlInvokeMode::Buffered ? 0 : 1);
        m_cors->setChecked(editing->cors.has_value());
        if (editing->cors) {
            const FunctionUrlCors &c = *editing->cors;
            m_origins->setText(c.allowOrigins.join(QStringLiteral(", ")));
            m_expose->setText(c.exposeHeaders.join(QStringLiteral(", ")));
            m_headers->setText(c.allowHeaders.join(QStringLiteral(", ")));
            m_methods->setText(c.allowMethods.join(QStringLiteral(", ")));
            m_maxAge->setValue(c.maxAge);
            m_credentials->setChecked(c.allowCredentials);
        }
    }
    updateAuthNote();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void FunctionUrlDialog::updateAuthNote()
{
    m_authNote->setText(authNote(FunctionUrlAuthType(m_auth->currentData().toInt())));
}

FunctionUrlConfig FunctionUrlDialog::config() const
{
    FunctionUrlConfig c;
    c.qualifier = backendQualifier(m_qualifier->currentText());
    c.authType = FunctionUrlAuthType(m_auth->currentData().toInt());
    c.invokeMode = FunctionUrlInvokeMode(m_invokeMode->currentData().toInt());
    if (m_cors->isChecked()) {
        FunctionUrlCors cors;
        cors.allowOrigins = functionurlui::splitList(m_origins->text());
        cors.exposeHeaders = functionurlui::splitList(m_expose->text());
        cors.allowHeaders = functionurlui::splitList(m_headers->text());
        cors.allowMethods = functionurlui::splitList(m_methods->text());
        cors.maxAge = m_maxAge->value();
        cors.allowCredentials = m_credentials->isChecked();
        c.cors = cors;
    }
    return c;
}

QLabel *FunctionUrlDialog::errorLabelFor(const QString &field) const
{
    if (QLabel *l = m_errors.value(field))
        return l;
    // "Cors.AllowOrigins[2]" or "Cors.AllowOrigins.member" still belong to their field.
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (field.startsWith(it.key()))
            return it.value();
    }
    return nullptr;
}

void FunctionUrlDialog::showError(const Error &error)
{
    QLabel *l = error.field.isEmpty() ? nullptr : errorLabelFor(error.field);
    if (!l)
        l = m_general;
    l->setText(error.message);
    l->show();
    if (l == m_general)
        return;
    // Show the field with its error: CORS fields only exist while CORS is on.
    if (error.field.startsWith(u"Cors"))
        m_cors->setChecked(true);
}

void FunctionUrlDialog::clearErrors()
{
    for (QLabel *l : std::as_const(m_errors))
        l->hide();
    m_general->hide();
}

void FunctionUrlDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
}

QString FunctionUrlDialog::fieldError(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

QString FunctionUrlDialog::generalError() const
{
    return m_general->isHidden() ? QString() : m_general->text();
}

} // namespace lambdesk
