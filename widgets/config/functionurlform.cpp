#include "functionurlform.h"

#include "api/apiservercontroller.h"
#include "backendhost.h"
#include "common/errorlabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace lambdesk {

namespace {

const QString kLatest = QStringLiteral("$LATEST");

struct Snapshot
{
    QList<FunctionUrlConfig> urls;
    QStringList aliases;
    QString error;
};

// The backend's qualifier for the unqualified URL is empty; the console says $LATEST.
QString backendQualifier(const QString &shown)
{
    return shown == kLatest ? QString() : shown;
}

QString corsText(const std::optional<FunctionUrlCors> &cors)
{
    if (!cors)
        return QObject::tr("Off");
    if (cors->allowOrigins.isEmpty())
        return QObject::tr("On (no origin allowed)");
    return cors->allowOrigins.join(QStringLiteral(", "));
}

QString authNote(FunctionUrlAuthType type)
{
    return type == FunctionUrlAuthType::None
        ? QObject::tr("NONE: anyone who can reach the URL can call the function; no signature is checked.")
        : QObject::tr("AWS_IAM: only requests signed with SigV4 with the local API's credentials are let in.");
}

} // namespace

namespace functionurlui {

Addresses addresses(const FunctionUrlConfig &config, const ApiServerController *api)
{
    if (!api || !api->isRunning() || config.urlId.isEmpty())
        return {};
    // Where it listens now (the setting may be 0, "any free port"; the endpoint says which).
    const QUrl endpoint(api->endpoint());
    const quint16 port = quint16(endpoint.port(api->port()));
    QString host = endpoint.host();
    if (host.isEmpty() || host == u"0.0.0.0")
        host = QStringLiteral("127.0.0.1");
    return {functionurl::hostUrl(config.urlId, port), functionurl::pathUrl(config.urlId, host, port)};
}

QString qualifierText(const FunctionUrlConfig &config)
{
    return config.qualifier.isEmpty() ? kLatest : config.qualifier;
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\n]"));
    QStringList out;
    for (const QString &part : text.split(separators)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

} // namespace functionurlui

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

// ---- FunctionUrlForm ----

FunctionUrlForm::FunctionUrlForm(BackendHost *host, QWidget *parent)
    : QWidget(parent), m_host(host), m_guard(new CallGuard(this))
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("functionUrlList"));
    m_list->setHeaderLabels({tr("Qualifier"), tr("Auth type"), tr("CORS allow origin"), tr("Invoke mode")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    m_empty = new QLabel(tr("No function URL: the function is called through the Lambda API only. Create one to give "
                            "it an HTTP address that a browser or curl can call."),
                         this);
    m_empty->setObjectName(QStringLiteral("functionUrlEmpty"));
    m_empty->setWordWrap(true);

    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("functionUrlAddress"));
    m_address->setTextFormat(Qt::PlainText);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyUrlButton"));
    m_copy->setToolTip(tr("Copy the URL to the clipboard"));
    m_open = new QLabel(this);
    m_open->setObjectName(QStringLiteral("openUrlLink"));
    m_open->setTextFormat(Qt::RichText);
    m_open->setToolTip(tr("Open the URL in the web browser (a GET request to the function)"));
    m_path = new QLabel(this);
    m_path->setObjectName(QStringLiteral("functionUrlPath"));
    m_path->setTextFormat(Qt::PlainText);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);
    m_path->setToolTip(tr("The same URL for clients that cannot resolve *.localhost names"));
    m_copyPath = new QPushButton(tr("Copy"), this);
    m_copyPath->setObjectName(QStringLiteral("copyPathButton"));
    m_copyPath->setToolTip(tr("Copy the path form of the URL"));
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_open);
    addressRow->addWidget(m_copy);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_copyPath);

    m_error = makeErrorLabel(this, QStringLiteral("functionUrlError"));
    m_create = new QPushButton(tr("Create function URL"), this);
    m_create->setObjectName(QStringLiteral("createUrlButton"));
    m_editButton = new QPushButton(tr("Edit"), this);
    m_editButton->setObjectName(QStringLiteral("editUrlButton"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteUrlButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_create);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    layout->addLayout(addressRow);
    layout->addLayout(pathRow);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_create, &QPushButton::clicked, this, &FunctionUrlForm::openCreate);
    connect(m_editButton, &QPushButton::clicked, this, &FunctionUrlForm::openEdit);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &FunctionUrlForm::openEdit);
    connect(m_delete, &QPushButton::clicked, this, &FunctionUrlForm::requestDelete);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        updateAddress();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const auto s = selected()) {
            QApplication::clipboard()->setText(functionurlui::addresses(*s, m_api).hostUrl);
            Q_EMIT statusMessage(tr("Copied the function URL"), 3000);
        }
    });
    connect(m_copyPath, &QPushButton::clicked, this, [this] {
        if (const auto s = selected())
            QApplication::clipboard()->setText(functionurlui::addresses(*s, m_api).pathUrl);
    });
    connect(m_open, &QLabel::linkActivated, this, [](const QString &url) { QDesktopServices::openUrl(QUrl(url)); });
    if (m_host && m_host->backend()) {
        connect(m_host->backend(), &Backend::functionUrlsChanged, this, [this](const QString &function) {
            if (function == m_function && !m_saving)
                reload();
        });
        connect(m_host->backend(), &Backend::aliasesChanged, this, [this](const QString &function) {
            if (function == m_function && !m_saving)
                reload(); // the qualifiers a new URL may take; a deleted alias took its URL along
        });
    }
    display();
}

void FunctionUrlForm::setApiServer(ApiServerController *api)
{
    if (m_api)
        disconnect(m_api, nullptr, this, nullptr);
    m_api = api;
    if (api) {
        connect(api, &ApiServerController::started, this, &FunctionUrlForm::updateAddress);
        connect(api, &ApiServerController::failed, this, &FunctionUrlForm::updateAddress);
    }
    updateAddress();
}

void FunctionUrlForm::setFunction(const QString &name)
{
    if (name == m_function && m_loaded)
        return;
    m_function = name;
    m_error->hide();
    if (m_dialog)
        m_dialog->reject(); // it was for the other function
    reload();
}

void FunctionUrlForm::reload()
{
    m_guard->invalidate();
    m_loaded = false;
    if (m_function.isEmpty() || !m_host) {
        m_urls.clear();
        display();
        return;
    }
    const QString name = m_function;
    m_host->call(
        m_guard,
        [name](Backend &b) {
            Snapshot s;
            if (auto r = b.listFunctionUrlConfigs(name))
                s.urls = r.value();
            else
                s.error = r.error().message;
            if (auto a = b.listAliases(name)) {
                for (const FunctionAlias &alias : a.value())
                    s.aliases << alias.name;
            }
            return s;
        },
        [this](Snapshot s) {
            m_urls = s.urls;
            m_aliases = s.aliases;
            display();
            if (!s.error.isEmpty()) {
                m_error->setText(s.error);
                m_error->show();
            }
            m_loaded = true;
            Q_EMIT loaded();
        });
}

void FunctionUrlForm::display()
{
    const QString keep = !m_wantSelected.isEmpty() ? m_wantSelected
        : selected()                                ? functionurlui::qualifierText(*selected())
                                                    : QString();
    m_wantSelected.clear();
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const FunctionUrlConfig &u : std::as_const(m_urls)) {
            auto *item = new QTreeWidgetItem(m_list, {functionurlui::qualifierText(u), functionurl::authTypeName(u.authType),
                                                      corsText(u.cors), functionurl::invokeModeName(u.invokeMode)});
            item->setData(0, Qt::UserRole, functionurlui::qualifierText(u));
        }
    }
    if (!keep.isEmpty())
        select(keep);
    if (m_list->selectedItems().isEmpty() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setVisible(!m_urls.isEmpty());
    m_empty->setVisible(m_urls.isEmpty());
    updateButtons();
    updateAddress();
}

bool FunctionUrlForm::select(const QString &qualifier)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == qualifier) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

std::optional<FunctionUrlConfig> FunctionUrlForm::selected() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const QString q = items.first()->data(0, Qt::UserRole).toString();
    for (const FunctionUrlConfig &u : m_urls) {
        if (functionurlui::qualifierText(u) == q)
            return u;
    }
    return std::nullopt;
}

void FunctionUrlForm::updateButtons()
{
    const bool has = !m_function.isEmpty() && !m_saving && m_host;
    // One URL per qualifier: Create while $LATEST or an alias has none.
    QStringList free = QStringList{kLatest} + m_aliases;
    for (const FunctionUrlConfig &u : std::as_const(m_urls))
        free.removeAll(functionurlui::qualifierText(u));
    m_create->setEnabled(has && !free.isEmpty());
    m_create->setToolTip(free.isEmpty() && has ? tr("$LATEST and every alias have a URL already")
                                               : tr("Give the function (or one of its aliases) an HTTP address"));
    m_editButton->setEnabled(has && selected().has_value());
    m_delete->setEnabled(has && selected().has_value());
}

void FunctionUrlForm::updateAddress()
{
    const auto s = selected();
    const bool show = s.has_value();
    m_address->setVisible(show);
    m_copy->setVisible(show);
    m_open->setVisible(show);
    m_path->setVisible(show);
    m_copyPath->setVisible(show);
    if (!s)
        return;
    const functionurlui::Addresses a = functionurlui::addresses(*s, m_api);
    if (a.hostUrl.isEmpty()) {
        m_address->setText(tr("The Lambda API is not running, so this URL does not answer now (URL id %1). Start "
                              "it from the API link in the status bar.")
                               .arg(s->urlId));
        m_open->clear();
        m_path->clear();
        m_path->hide();
        m_copyPath->hide();
        m_copy->setEnabled(false);
        return;
    }
    m_copy->setEnabled(true);
    m_address->setText(a.hostUrl);
    m_open->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(a.hostUrl.toHtmlEscaped(), tr("Open ↗")));
    m_path->setText(tr("Path form: %1").arg(a.pathUrl));
}

QString FunctionUrlForm::addressText() const
{
    return m_address->isHidden() ? QString() : m_address->text();
}

QString FunctionUrlForm::pathText() const
{
    if (m_path->isHidden())
        return {};
    const auto s = selected();
    return s ? functionurlui::addresses(*s, m_api).pathUrl : QString();
}

QString FunctionUrlForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

FunctionUrlDialog *FunctionUrlForm::openCreate()
{
    return openDialog(std::nullopt);
}

FunctionUrlDialog *FunctionUrlForm::openEdit()
{
    const auto s = selected();
    return s ? openDialog(s) : nullptr;
}

FunctionUrlDialog *FunctionUrlForm::openDialog(const std::optional<FunctionUrlConfig> &editing)
{
    if (m_function.isEmpty() || !m_host)
        return nullptr;
    if (m_dialog)
        m_dialog->reject();
    QStringList free = QStringList{kLatest} + m_aliases;
    for (const FunctionUrlConfig &u : std::as_const(m_urls))
        free.removeAll(functionurlui::qualifierText(u));
    auto *dialog = new FunctionUrlDialog(free, editing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &FunctionUrlDialog::submitted, this, &FunctionUrlForm::submit);
    dialog->open();
    return dialog;
}

void FunctionUrlForm::submit()
{
    FunctionUrlDialog *dialog = m_dialog;
    if (!dialog || m_function.isEmpty() || !m_host || m_saving)
        return;
    FunctionUrlConfig config = dialog->config();
    config.functionName = m_function;
    const bool editing = dialog->isEditing();
    m_saving = true;
    dialog->setBusy(true);
    updateButtons();
    m_host->call(
        this,
        [config, editing](Backend &b) -> Result<FunctionUrlConfig> {
            if (!editing)
                return b.createFunctionUrlConfig(config);
            Backend::FunctionUrlPatch patch;
            patch.authType = config.authType;
            patch.cors = config.cors;
            patch.invokeMode = config.invokeMode;
            return b.updateFunctionUrlConfig(config.functionName, config.qualifier, patch);
        },
        [this](Result<FunctionUrlConfig> r) {
            m_saving = false;
            updateButtons();
            if (!r) {
                if (m_dialog) {
                    m_dialog->setBusy(false);
                    m_dialog->showError(r.error());
                }
                Q_EMIT saveFailed(r.error().message);
                return;
            }
            if (m_dialog)
                m_dialog->accept();
            m_error->hide();
            m_wantSelected = functionurlui::qualifierText(r.value());
            Q_EMIT statusMessage(tr("Saved the function URL of %1").arg(r.value().functionName), 5000);
            Q_EMIT saved(r.value());
            reload();
        });
}

QMessageBox *FunctionUrlForm::requestDelete()
{
    const auto s = selected();
    if (!s)
        return nullptr;
    const QString qualifier = functionurlui::qualifierText(*s);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete function URL"),
                                tr("Delete the function URL of %1 (%2)? Its address stops answering at once; a URL "
                                   "created later gets a new address.")
                                    .arg(m_function, qualifier),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteUrlConfirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, qualifier](int result) {
        if (result == QMessageBox::Yes)
            deleteUrl(qualifier);
    });
    box->open();
    return box;
}

void FunctionUrlForm::deleteUrl(const QString &qualifier)
{
    if (m_function.isEmpty() || !m_host)
        return;
    const QString name = m_function;
    m_saving = true;
    updateButtons();
    m_host->call(
        this, [name, q = backendQualifier(qualifier)](Backend &b) { return b.deleteFunctionUrlConfig(name, q); },
        [this, qualifier](Status st) {
            m_saving = false;
            if (!st) {
                m_error->setText(tr("Not deleted: %1").arg(st.error().message));
                m_error->show();
                updateButtons();
                Q_EMIT saveFailed(m_error->text());
                return;
            }
            m_error->hide();
            Q_EMIT statusMessage(tr("Deleted the function URL of %1 (%2)").arg(m_function, qualifier), 5000);
            Q_EMIT deleted(qualifier);
            reload();
        });
}

// ---- FunctionUrlSummary ----

FunctionUrlSummary::FunctionUrlSummary(BackendHost *host, QWidget *parent)
    : QWidget(parent), m_host(host), m_guard(new CallGuard(this))
{
    setObjectName(QStringLiteral("functionUrlSummary"));
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_label->setWordWrap(true);
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("copySummaryUrlButton"));
    m_copy->setToolTip(tr("Copy the function URL"));
    m_copy->setFlat(true); // a line of the header, not a form: as little height as it can
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setWordWrap(false); // one line: the URL, then its Copy right after it
    layout->addWidget(m_label);
    layout->addWidget(m_copy);
    layout->addStretch(1);
    connect(m_label, &QLabel::linkActivated, this, [](const QString &url) { QDesktopServices::openUrl(QUrl(url)); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_url)
            QApplication::clipboard()->setText(functionurlui::addresses(*m_url, m_api).hostUrl);
    });
    if (m_host && m_host->backend()) {
        connect(m_host->backend(), &Backend::functionUrlsChanged, this, [this](const QString &function) {
            if (function == m_function)
                reload();
        });
    }
    hide();
}

void FunctionUrlSummary::setApiServer(ApiServerController *api)
{
    m_api = api;
    if (api) {
        connect(api, &ApiServerController::started, this, &FunctionUrlSummary::display);
        connect(api, &ApiServerController::failed, this, &FunctionUrlSummary::display);
    }
    display();
}

void FunctionUrlSummary::setFunction(const QString &name)
{
    m_function = name;
    reload();
}

void FunctionUrlSummary::reload()
{
    m_guard->invalidate();
    if (m_function.isEmpty() || !m_host) {
        m_url.reset();
        display();
        return;
    }
    const QString name = m_function;
    m_host->call(
        m_guard,
        [name](Backend &b) -> std::optional<FunctionUrlConfig> {
            auto r = b.listFunctionUrlConfigs(name);
            if (!r || r.value().isEmpty())
                return std::nullopt;
            return r.value().first(); // the unqualified one comes first
        },
        [this](std::optional<FunctionUrlConfig> url) {
            m_url = url;
            display();
        });
}

void FunctionUrlSummary::display()
{
    if (!m_url) {
        m_label->clear();
        hide();
        Q_EMIT updated();
        return;
    }
    const QString prefix = m_url->qualifier.isEmpty() ? tr("Function URL")
                                                      : tr("Function URL (%1)").arg(m_url->qualifier.toHtmlEscaped());
    const functionurlui::Addresses a = functionurlui::addresses(*m_url, m_api);
    if (a.hostUrl.isEmpty()) {
        m_label->setText(tr("%1: <i>the Lambda API is not running, so the URL does not answer now</i>").arg(prefix));
        m_copy->setEnabled(false);
    } else {
        m_label->setText(QStringLiteral("%1: <a href=\"%2\">%3</a>").arg(prefix, a.hostUrl.toHtmlEscaped(), a.hostUrl.toHtmlEscaped()));
        m_label->setToolTip(tr("Click to open it in the web browser. Path form: %1").arg(a.pathUrl));
        m_copy->setEnabled(true);
    }
    show();
    Q_EMIT updated();
}

QString FunctionUrlSummary::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace lambdesk
