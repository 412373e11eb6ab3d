#include "createlayerdialog.h"

#include "backendhost.h"
#include "common/errorlabel.h"
#include "io/ziparchive.h"
#include "store/codetree.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QThreadPool>
#include <QVBoxLayout>

namespace lambdesk {

namespace {

// AWS's limits for PublishLayerVersion's fields.
constexpr int kMaxNameLength = 140;
constexpr int kMaxDescriptionLength = 256;
constexpr int kMaxLicenseLength = 512;
constexpr int kMaxRuntimes = 15;

const QString kName = QStringLiteral("LayerName");
const QString kDescription = QStringLiteral("Description");
const QString kLicense = QStringLiteral("LicenseInfo");
const QString kRuntimes = QStringLiteral("CompatibleRuntimes");
const QString kContent = QStringLiteral("Content");

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// What measuring the content found: its unzipped size, or why it cannot be a layer.
struct Measured
{
    qint64 size = -1;
    QString problem;
};

Measured measureContent(CreateLayerDialog::Source source, const QString &path)
{
    Measured m;
    const QFileInfo info(path);
    if (source == CreateLayerDialog::Source::Folder) {
        if (!info.isDir()) {
            m.problem = QObject::tr("Content: the folder %1 does not exist").arg(path);
            return m;
        }
        m.size = codetree::digest(path).size;
        if (m.size > ziparchive::kMaxUnzippedBytes)
            m.problem = QObject::tr("Content: the folder holds %1; a layer may hold at most %2 unzipped")
                            .arg(sizeText(m.size), sizeText(ziparchive::kMaxUnzippedBytes));
        return m;
    }
    if (!info.isFile()) {
        m.problem = QObject::tr("Content: the file %1 does not exist").arg(path);
        return m;
    }
    if (info.size() > ziparchive::kMaxZippedBytes) {
        m.problem = QObject::tr("Content: the zip is %1; a layer's zip may be at most %2")
                        .arg(sizeText(info.size()), sizeText(ziparchive::kMaxZippedBytes));
        return m;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m.problem = QObject::tr("Content: cannot read %1: %2").arg(path, f.errorString());
        return m;
    }
    const auto inspected = ziparchive::inspect(f.readAll());
    if (!inspected)
        m.problem = QObject::tr("Content: %1").arg(inspected.error().message);
    else
        m.size = inspected->size;
    return m;
}

} // namespace

CreateLayerDialog::CreateLayerDialog(BackendHost *host, const QStringList &runtimes, QWidget *parent)
    : QDialog(parent), m_host(host)
{
    setWindowTitle(tr("Create layer"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("layerName"));
    m_name->setPlaceholderText(tr("my-dependencies"));
    m_name->setToolTip(tr("1 to 140 letters, digits, hyphens or underscores; publishing again under the same "
                          "name makes the next version"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("layerDescription"));
    m_description->setPlaceholderText(tr("Optional, up to 256 characters"));
    m_runtimes = new QListWidget(this);
    m_runtimes->setObjectName(QStringLiteral("layerRuntimes"));
    m_runtimes->setToolTip(tr("The runtimes the layer is meant for (up to 15); the Configuration tab offers it "
                              "to functions of these runtimes. None checked: any runtime"));
    for (const QString &id : runtimes) {
        auto *item = new QListWidgetItem(id, m_runtimes);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // As many rows as there are runtimes, up to six, then it scrolls.
    const int rows = std::clamp(int(runtimes.size()), 2, 6);
    m_runtimes->setMaximumHeight(m_runtimes->sizeHintForRow(0) * rows + 2 * m_runtimes->frameWidth() + 4);
    m_license = new QLineEdit(this);
    m_license->setObjectName(QStringLiteral("layerLicense"));
    m_license->setPlaceholderText(tr("Optional: an SPDX identifier (MIT), a URL or the license's text"));

    m_fromFolder = new QRadioButton(tr("From a folder"), this);
    m_fromFolder->setChecked(true);
    m_fromZip = new QRadioButton(tr("Upload a .zip file"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("layerContentPath"));
    m_path->setPlaceholderText(tr("The folder whose files become /opt (e.g. one holding python/ or nodejs/)"));
    m_browse = new QPushButton(QIcon(QStringLiteral(":/icons/folder.svg")), tr("Choose…"), this);
    m_size = new QLabel(this);
    m_size->setObjectName(QStringLiteral("layerSize"));
    m_size->setWordWrap(true);
    m_size->setForegroundRole(QPalette::PlaceholderText); // a hint
    m_size->hide(); // until there is something to measure
    auto *sourceRow = new QHBoxLayout;
    sourceRow->setContentsMargins(0, 0, 0, 0);
    sourceRow->addWidget(m_fromFolder);
    sourceRow->addWidget(m_fromZip);
    sourceRow->addStretch(1);
    auto *pathRow = new QHBoxLayout;
    pathRow->setContentsMargins(0, 0, 0, 0);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *contentHelp = new QLabel(tr("Its files are extracted to /opt: Python finds /opt/python, Node.js "
                                      "/opt/nodejs/node_modules, a custom runtime /opt/bootstrap."),
                                   this);
    contentHelp->setWordWrap(true);
    contentHelp->setForegroundRole(QPalette::PlaceholderText);

    const auto error = [this](const QString &field) {
        QLabel *l = makeErrorLabel(this, field + QStringLiteral(".error"));
        m_errors.insert(field, l);
        return l;
    };
    const auto withError = [this, error](QWidget *field, const QString &name, QLayout *extra = nullptr) {
        auto *box = new QWidget(this);
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(2);
        if (field)
            l->addWidget(field);
        if (extra)
            l->addLayout(extra);
        l->addWidget(error(name));
        return box;
    };
    auto *contentLayout = new QVBoxLayout;
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(sourceRow);
    contentLayout->addLayout(pathRow);
    contentLayout->addWidget(m_size);
    contentLayout->addWidget(contentHelp);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name"), withError(m_name, kName));
    form->addRow(tr("Description"), withError(m_description, kDescription));
    form->addRow(tr("Content"), withError(nullptr, kContent, contentLayout));
    form->addRow(tr("Compatible runtimes"), withError(m_runtimes, kRuntimes));
    form->addRow(tr("License"), withError(m_license, kLicense));

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: how long packaging takes is not known
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_progress->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error(QString()));
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 92);

    connect(m_browse, &QPushButton::clicked, this, &CreateLayerDialog::browse);
    connect(m_fromFolder, &QRadioButton::toggled, this, [this] {
        showSourceHints();
        measure();
    });
    connect(m_path, &QLineEdit::editingFinished, this, &CreateLayerDialog::measure);
    connect(m_name, &QLineEdit::textEdited, this, [this] { showError(kName, {}); });
    connect(m_description, &QLineEdit::textEdited, this, [this] { showError(kDescription, {}); });
    connect(m_license, &QLineEdit::textEdited, this, [this] { showError(kLicense, {}); });
    connect(m_runtimes, &QListWidget::itemChanged, this, [this] { showError(kRuntimes, {}); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateLayerDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreateLayerDialog::reject);
}

void CreateLayerDialog::reject()
{
    if (!m_busy) // a publish under way finishes whatever happens: its answer is shown here
        QDialog::reject();
}

CreateLayerDialog::Source CreateLayerDialog::source() const
{
    return m_fromZip->isChecked() ? Source::Zip : Source::Folder;
}

QString CreateLayerDialog::contentPath() const
{
    return m_path->text().trimmed();
}

void CreateLayerDialog::setSource(Source source, const QString &path)
{
    {
        const QSignalBlocker block(m_fromFolder);
        (source == Source::Zip ? m_fromZip : m_fromFolder)->setChecked(true);
    }
    m_path->setText(path);
    showSourceHints();
    measure();
}

void CreateLayerDialog::showSourceHints()
{
    const bool folder = source() == Source::Folder;
    m_browse->setIcon(QIcon(folder ? QStringLiteral(":/icons/folder.svg") : QStringLiteral(":/icons/file.svg")));
    m_path->setPlaceholderText(folder ? tr("The folder whose files become /opt (e.g. one holding python/ or nodejs/)")
                                      : tr("A .zip file of at most 50 MB"));
}

void CreateLayerDialog::setCompatibleRuntimes(const QStringList &runtimes)
{
    for (int i = 0; i < m_runtimes->count(); ++i) {
        QListWidgetItem *item = m_runtimes->item(i);
        item->setCheckState(runtimes.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList CreateLayerDialog::compatibleRuntimes() const
{
    QStringList out;
    for (int i = 0; i < m_runtimes->count(); ++i) {
        if (m_runtimes->item(i)->checkState() == Qt::Checked)
            out << m_runtimes->item(i)->text();
    }
    return out;
}

LayerPublish CreateLayerDialog::request() const
{
    LayerPublish r;
    r.layerName = m_name->text().trimmed();
    r.description = m_description->text();
    r.compatibleRuntimes = compatibleRuntimes();
    r.licenseInfo = m_license->text();
    if (source() == Source::Folder)
        r.folder = contentPath();
    return r;
}

void CreateLayerDialog::browse()
{
    const QString start = contentPath().isEmpty() ? QString() : QFileInfo(contentPath()).absolutePath();
    const QString path = source() == Source::Folder
        ? QFileDialog::getExistingDirectory(this, tr("Folder of the layer"), start)
        : QFileDialog::getOpenFileName(this, tr("Zip file of the layer"), start, tr("Zip files (*.zip)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    measure();
}

void CreateLayerDialog::measure()
{
    // Scanning a folder or reading a zip may take a while: a worker does it, and only the
    // newest answer is shown.
    const quint64 generation = ++m_measureGeneration;
    m_unzipped = -1;
    m_contentProblem.clear();
    showError(kContent, {});
    const QString path = contentPath();
    if (path.isEmpty()) {
        m_size->clear();
        m_size->hide();
        return;
    }
    m_size->setText(tr("Measuring…"));
    m_size->show();
    QPointer<CreateLayerDialog> self(this);
    const Source src = source();
    QThreadPool::globalInstance()->start([self, generation, src, path] {
        const Measured m = measureContent(src, path);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, generation, m] {
            if (!self || self->m_measureGeneration != generation)
                return;
            self->m_unzipped = m.size;
            self->m_contentProblem = m.problem;
            self->m_size->setText(m.size >= 0 ? tr("Unzipped size: %1").arg(sizeText(m.size)) : QString());
            self->m_size->setVisible(m.size >= 0);
            self->showError(kContent, m.problem);
            Q_EMIT self->contentMeasured();
        });
    });
}

bool CreateLayerDialog::validate()
{
    clearErrors();
    const LayerPublish r = request();
    static const QRegularExpression namePattern(QStringLiteral("^[a-zA-Z0-9_-]+$"));
    if (r.layerName.isEmpty())
        showError(kName, tr("Name: enter a name for the layer"));
    else if (r.layerName.size() > kMaxNameLength)
        showError(kName, tr("Name: at most %1 characters; got %2").arg(kMaxNameLength).arg(r.layerName.size()));
    else if (!namePattern.match(r.layerName).hasMatch())
        showError(kName, tr("Name: only letters, digits, hyphens (-) and underscores (_); got \"%1\"").arg(r.layerName));
    if (r.description.size() > kMaxDescriptionLength)
        showError(kDescription, tr("Description: at most %1 characters; got %2")
                                    .arg(kMaxDescriptionLength)
                                    .arg(r.description.size()));
    if (r.licenseInfo.size() > kMaxLicenseLength)
        showError(kLicense,
                  tr("License: at most %1 characters; got %2").arg(kMaxLicenseLength).arg(r.licenseInfo.size()));
    if (r.compatibleRuntimes.size() > kMaxRuntimes)
        showError(kRuntimes, tr("Compatible runtimes: at most %1; %2 are checked")
                                 .arg(kMaxRuntimes)
                                 .arg(r.compatibleRuntimes.size()));
    if (contentPath().isEmpty())
        showError(kContent, source() == Source::Folder ? tr("Content: choose the folder of the layer")
                                                       : tr("Content: choose the .zip file of the layer"));
    else if (!m_contentProblem.isEmpty())
        showError(kContent, m_contentProblem);
    for (QLabel *l : std::as_const(m_errors)) {
        if (!l->isHidden())
            return false;
    }
    return true;
}

bool CreateLayerDialog::submit()
{
    if (m_busy)
        return false;
    if (!validate()) {
        growForMessage();
        QStringList shown;
        for (const QString &field : {kName, kDescription, kContent, kRuntimes, kLicense}) {
            if (const QString text = fieldError(field); !text.isEmpty())
                shown << text;
        }
        Q_EMIT failed(shown.join(u'\n'));
        return false;
    }
    if (!m_host) {
        showError(QString(), tr("The backend is not running"));
        return false;
    }
    setBusy(true);
    LayerPublish request = this->request();
    const QString zipPath = source() == Source::Zip ? contentPath() : QString();
    QPointer<CreateLayerDialog> self(this);
    BackendHost *host = m_host;
    // The zip is read on a worker, then the backend packages (a folder), checks and stores the
    // layer on its own workers: nothing of it runs on the GUI thread.
    QThreadPool::globalInstance()->start([self, host, request, zipPath]() mutable {
        const auto answer = [self](Result<LayerVersion> r) {
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, r] {
                if (self)
                    self->finish(r);
            });
        };
        if (!zipPath.isEmpty()) {
            QFile f(zipPath);
            if (!f.open(QIODevice::ReadOnly)) {
                answer(Error::invalid(kContent, tr("Content: cannot read %1: %2").arg(zipPath, f.errorString())));
                return;
            }
            request.zip = f.readAll();
        }
        host->post([request, answer](Backend &b) { b.publishLayerVersion(request, answer); });
    });
    return true;
}

void CreateLayerDialog::finish(const Result<LayerVersion> &result)
{
    setBusy(false);
    if (!result) {
        const Error &e = result.error();
        // On the field the backend names, else under the form.
        QString field;
        for (const QString &f : {kName, kDescription, kLicense, kRuntimes, kContent}) {
            if (e.field.startsWith(f) || (f == kContent && (e.field == u"ZipFile" || e.field.startsWith(u"Content"))))
                field = f;
        }
        showError(field, e.message);
        growForMessage();
        Q_EMIT failed(e.message);
        return;
    }
    Q_EMIT published(result.value());
    accept();
}

void CreateLayerDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_description, m_license, m_runtimes, m_fromFolder,
                                                       m_fromZip, m_path, m_browse})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Creating…") : tr("Create"));
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void CreateLayerDialog::showError(const QString &field, const QString &text)
{
    QLabel *l = m_errors.value(field);
    if (!l)
        return;
    l->setText(text);
    l->setVisible(!text.isEmpty());
}

void CreateLayerDialog::clearErrors()
{
    for (QLabel *l : std::as_const(m_errors)) {
        l->clear();
        l->hide();
    }
}

QString CreateLayerDialog::fieldError(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

void CreateLayerDialog::growForMessage()
{
    // A message wraps onto more lines: the dialog grows to show it whole, never cuts it.
    if (!layout())
        return;
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

} // namespace lambdesk
