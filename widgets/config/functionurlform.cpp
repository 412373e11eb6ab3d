#include "functionurlform.h"

#include "api/apiservercontroller.h"
#include "backendhost.h"
#include "common/errorlabel.h"
#include "functionurlhelpers.h"
#include "samimport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
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

namespace functionurlhelpers {

const QString kLatest = QStringLiteral("$LATEST");

// The backend's qualifier for the unqualified URL is empty; the console says $LATEST.
QString backendQualifier(const QString &shown)
{
    return shown == kLatest ? QString() : shown;
}

} // namespace functionurlhelpers

using namespace functionurlhelpers;

namespace {

struct Snapshot
{
    QList<FunctionUrlConfig> urls;
    QStringList aliases;
    QString error;
    QString routes; // an imported function's Api/HttpApi events, which its URL serves
};

QString corsText(const std::optional<FunctionUrlCors> &cors)
{
    if (!cors)
        return QObject::tr("Off");
    if (cors->allowOrigins.isEmpty())
        return QObject::tr("On (no origin allowed)");
    return cors->allowOrigins.join(QStringLiteral(", "));
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

    m_routes = new QLabel(this);
    m_routes->setObjectName(QStringLiteral("functionUrlRoutes"));
    m_routes->setTextFormat(Qt::PlainText);
    m_routes->setWordWrap(true);
    m_routes->hide();

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
    layout->addWidget(m_routes);
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
            if (const auto origin = samimport::origin(b, name); origin && !origin->routes.isEmpty()) {
                QStringList routes;
                for (const SamRoute &r : origin->routes)
                    routes << r.method.toUpper() + u' ' + r.path;
                s.routes = FunctionUrlForm::tr("Routes of %1 (SAM %2 events), served by this URL; the handler "
                                               "tells them apart by rawPath and requestContext.http.method: %3")
                               .arg(QFileInfo(origin->templatePath).fileName(), origin->routes.first().type,
                                    routes.join(QStringLiteral(", ")));
            }
            return s;
        },
        [this](Snapshot s) {
            m_urls = s.urls;
            m_aliases = s.aliases;
            m_routes->setText(s.routes);
            m_routes->setVisible(!s.routes.isEmpty());
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

} // namespace lambdesk
