#include "layerspage.h"

#include "backendhost.h"
#include "common/elidedlabel.h"
#include "common/inkicon.h"
#include "layers/createlayerdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lambdesk {

namespace {

struct Versions
{
    QString layer;
    Result<QList<LayerVersion>> versions = QList<LayerVersion>{};
    QString layerArn;
    QStringList arns; // versions' ARNs, in their order
};

struct Layers
{
    Result<QList<LayerVersion>> layers = QList<LayerVersion>{};
};

// AWS's timestamp (2026-11-22T10:04:05.123+0000, UTC) as the console shows it.
QString created(const QString &aws)
{
    if (aws.size() < 19)
        return aws;
    return aws.left(19).replace(u'T', u' ') + QStringLiteral(" UTC");
}

QString runtimesText(const QStringList &runtimes)
{
    return runtimes.isEmpty() ? QObject::tr("Any") : runtimes.join(QStringLiteral(", "));
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QTreeWidget *list(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setAlternatingRowColors(true);
    t->setHeaderLabels(headers);
    t->header()->setStretchLastSection(true);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

} // namespace

LayersPage::LayersPage(const ConsoleContext &context, QWidget *parent) : QWidget(parent), m_ctx(context)
{
    setWindowTitle(tr("Layers"));
    m_layerCalls = new CallGuard(this);
    m_versionCalls = new CallGuard(this);
    m_prompt = [this](const QString &text) {
        return QMessageBox::question(this, tr("Delete layer version"), text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel);
    };
    buildUi();
    if (m_ctx.host)
        connect(m_ctx.host->backend(), &Backend::layersChanged, this, &LayersPage::reload);
    reload();
}

void LayersPage::buildUi()
{
    auto *title = new QLabel(tr("<b>Layers</b> — files (libraries, a custom runtime) that functions share: a "
                                "function's layers are extracted to <i>/opt</i> in its order"),
                             this);
    title->setWordWrap(true);
    m_create = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Create layer"), this);
    m_create->setObjectName(QStringLiteral("createLayer"));
    m_create->setToolTip(tr("Publish a layer (or the next version of one) from a folder or a .zip file"));
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_create, 0, Qt::AlignTop);

    m_layerList = list({tr("Name"), tr("Latest version"), tr("Description"), tr("Compatible runtimes"), tr("Created")},
                       this);
    m_layerList->setObjectName(QStringLiteral("layerList"));
    for (int c : {NameColumn, LatestColumn, CreatedColumn})
        m_layerList->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // The description takes what is left (the created date last would stretch otherwise).
    m_layerList->header()->setStretchLastSection(false);
    m_layerList->header()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_layerList->setColumnWidth(RuntimesColumn, fontMetrics().averageCharWidth() * 26);

    auto *versionsBox = new QGroupBox(this);
    m_versionsTitle = new QLabel(tr("Versions"), versionsBox);
    m_versionsTitle->setTextFormat(Qt::RichText);
    m_delete = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete version"), versionsBox);
    m_delete->setObjectName(QStringLiteral("deleteLayerVersion"));
    m_delete->setToolTip(tr("Delete the selected version; functions that use it keep working"));
    m_versionList = list({tr("Version"), tr("Version ARN"), tr("Size"), tr("SHA-256"), tr("Created"),
                          tr("Compatible runtimes")},
                         versionsBox);
    m_versionList->setObjectName(QStringLiteral("layerVersionList"));
    for (int c : {VersionColumn, SizeColumn, VersionCreatedColumn})
        m_versionList->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // The ARN gets its whole width once known (showVersions); the SHA-256 is elided first.
    m_versionList->setColumnWidth(ArnColumn, fontMetrics().averageCharWidth() * 64);
    m_versionList->setColumnWidth(ShaColumn, fontMetrics().averageCharWidth() * 20);
    auto *versionsHeader = new QHBoxLayout;
    versionsHeader->addWidget(m_versionsTitle, 1);
    versionsHeader->addWidget(m_delete);
    auto *vl = new QVBoxLayout(versionsBox);
    vl->addLayout(versionsHeader);
    vl->addWidget(m_versionList, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_layerList);
    split->addWidget(versionsBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("layersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_create, &QPushButton::clicked, this, [this] { openCreateDialog(); });
    connect(m_delete, &QPushButton::clicked, this, &LayersPage::deleteSelectedVersion);
    connect(m_layerList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString name = item ? item->text(NameColumn) : QString();
        if (name == m_selected)
            return;
        m_selected = name;
        loadVersions();
    });
    connect(m_versionList, &QTreeWidget::currentItemChanged, this, &LayersPage::updateButtons);
    updateButtons();
}

QStringList LayersPage::runtimeIds() const
{
    return m_ctx.host ? m_ctx.host->runtimes().ids() : QStringList{};
}

void LayersPage::reload()
{
    if (!m_ctx.host)
        return;
    m_ctx.host->call(
        m_layerCalls,
        [](Backend &b) {
            Layers l;
            l.layers = b.listLayers();
            return l;
        },
        [this](Layers l) {
            if (l.layers) {
                m_layers = l.layers.value();
                if (m_message->property("loadError").toBool())
                    setMessage({}, false);
            } else {
                m_layers.clear();
                setMessage(l.layers.error().message, true);
                m_message->setProperty("loadError", true);
            }
            showLayers();
            Q_EMIT layersLoaded();
        });
}

void LayersPage::showLayers()
{
    const QString selected = m_selected;
    const QSignalBlocker block(m_layerList);
    m_layerList->clear();
    QTreeWidgetItem *current = nullptr;
    for (const LayerVersion &l : std::as_const(m_layers)) {
        auto *item = new QTreeWidgetItem(m_layerList);
        item->setText(NameColumn, l.layerName);
        item->setText(LatestColumn, QString::number(l.version));
        item->setTextAlignment(LatestColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(DescriptionColumn, l.description);
        item->setToolTip(DescriptionColumn, l.description);
        item->setText(RuntimesColumn, runtimesText(l.compatibleRuntimes));
        item->setText(CreatedColumn, created(l.createdDate));
        if (l.layerName == selected)
            current = item;
    }
    // The layer shown before stays selected; else the first, so its versions show at once.
    if (!current && m_layerList->topLevelItemCount() > 0)
        current = m_layerList->topLevelItem(0);
    if (current)
        m_layerList->setCurrentItem(current);
    m_selected = current ? current->text(NameColumn) : QString();
    loadVersions(); // the selected layer's versions may have changed too
}

void LayersPage::loadVersions()
{
    m_versionCalls->invalidate();
    const QString layer = m_selected;
    if (layer.isEmpty() || !m_ctx.host) {
        m_versions.clear();
        showVersions();
        return;
    }
    m_ctx.host->call(
        m_versionCalls,
        [layer](Backend &b) {
            Versions v;
            v.layer = layer;
            v.versions = b.listLayerVersions(layer);
            v.layerArn = b.layerArn(layer);
            if (v.versions) {
                for (const LayerVersion &lv : v.versions.value())
                    v.arns << b.layerVersionArn(layer, lv.version);
            }
            return v;
        },
        [this](Versions v) {
            if (v.versions) {
                m_versions = v.versions.value();
            } else {
                m_versions.clear();
                setMessage(v.versions.error().message, true);
            }
            m_versionsTitle->setText(tr("<b>Versions of %1</b> · %2")
                                         .arg(v.layer.toHtmlEscaped(), v.layerArn.toHtmlEscaped()));
            m_versionsTitle->setToolTip(tr("The layer's ARN; a function names a version: ARN:VERSION"));
            const int keep = selectedVersion();
            const QSignalBlocker block(m_versionList);
            m_versionList->clear();
            for (int i = 0; i < m_versions.size(); ++i) {
                const LayerVersion &lv = m_versions.at(i);
                const QString arn = v.arns.value(i);
                auto *item = new QTreeWidgetItem(m_versionList);
                item->setText(VersionColumn, QString::number(lv.version));
                item->setTextAlignment(VersionColumn, Qt::AlignRight | Qt::AlignVCenter);
                item->setData(ArnColumn, Qt::UserRole, arn);
                item->setText(SizeColumn, sizeText(lv.codeSize));
                item->setToolTip(SizeColumn, tr("Zip: %1 · unzipped: %2").arg(sizeText(lv.codeSize), sizeText(lv.unzippedSize)));
                item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
                item->setText(ShaColumn, lv.codeSha256);
                item->setToolTip(ShaColumn, lv.codeSha256);
                item->setText(VersionCreatedColumn, created(lv.createdDate));
                item->setText(VersionRuntimesColumn, runtimesText(lv.compatibleRuntimes));
                item->setToolTip(VersionRuntimesColumn,
                                 lv.description.isEmpty() ? QString() : tr("Description: %1").arg(lv.description));
                // The ARN with its copy button (the console's copy icon beside an ARN).
                auto *cell = new QWidget(m_versionList);
                auto *cl = new QHBoxLayout(cell);
                cl->setContentsMargins(2, 0, 2, 0);
                cl->setSpacing(2);
                auto *copy = new QToolButton(cell);
                copy->setObjectName(QStringLiteral("copyArn"));
                copy->setIcon(inkIcon(QStringLiteral(":/icons/copy.svg")));
                copy->setAutoRaise(true);
                copy->setToolTip(tr("Copy the version's ARN"));
                copy->setAccessibleName(tr("Copy ARN of version %1").arg(lv.version));
                const int iconSide = fontMetrics().height();
                copy->setIconSize(QSize(iconSide, iconSide));
                auto *label = new ElidedLabel(arn, cell);
                // A click on the ARN selects the row, as on any other cell (the button copies it).
                label->setAttribute(Qt::WA_TransparentForMouseEvents);
                cl->addWidget(copy);
                cl->addWidget(label, 1);
                connect(copy, &QToolButton::clicked, this, [this, arn] {
                    QApplication::clipboard()->setText(arn);
                    setMessage(tr("Copied %1").arg(arn), false);
                });
                m_versionList->setItemWidget(item, ArnColumn, cell);
                if (lv.version == keep)
                    m_versionList->setCurrentItem(item);
            }
            // Room for the longest ARN and its button, so it reads whole when the window allows.
            int arnWidth = 0;
            for (const QString &arn : std::as_const(v.arns))
                arnWidth = std::max(arnWidth, fontMetrics().horizontalAdvance(arn));
            if (arnWidth > 0)
                m_versionList->setColumnWidth(ArnColumn, arnWidth + fontMetrics().height() * 3);
            updateButtons();
            Q_EMIT versionsLoaded();
        });
}

void LayersPage::showVersions()
{
    m_versionList->clear();
    m_versionsTitle->setText(m_layers.isEmpty() ? tr("No layers yet: <b>Create layer</b> publishes one")
                                                : tr("Versions"));
    updateButtons();
    Q_EMIT versionsLoaded();
}

void LayersPage::updateButtons()
{
    m_delete->setEnabled(selectedVersion() > 0);
}

bool LayersPage::selectLayer(const QString &name)
{
    for (int i = 0; i < m_layerList->topLevelItemCount(); ++i) {
        if (m_layerList->topLevelItem(i)->text(NameColumn) == name) {
            m_layerList->setCurrentItem(m_layerList->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QString LayersPage::selectedLayer() const
{
    return m_selected;
}

bool LayersPage::selectVersion(int version)
{
    for (int i = 0; i < m_versionList->topLevelItemCount(); ++i) {
        if (m_versionList->topLevelItem(i)->text(VersionColumn).toInt() == version) {
            m_versionList->setCurrentItem(m_versionList->topLevelItem(i));
            return true;
        }
    }
    return false;
}

int LayersPage::selectedVersion() const
{
    const QTreeWidgetItem *item = m_versionList->currentItem();
    return item ? item->text(VersionColumn).toInt() : 0;
}

CreateLayerDialog *LayersPage::openCreateDialog()
{
    auto *dialog = new CreateLayerDialog(m_ctx.host, runtimeIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateLayerDialog::published, this, [this](const LayerVersion &v) {
        m_selected = v.layerName;
        setMessage(tr("Published version %1 of %2").arg(v.version).arg(v.layerName), false);
        reload();
    });
    dialog->open();
    return dialog;
}

void LayersPage::deleteSelectedVersion()
{
    const QString layer = m_selected;
    const int version = selectedVersion();
    if (layer.isEmpty() || version <= 0 || !m_ctx.host)
        return;
    if (m_prompt(tr("Delete version %1 of layer %2?\n\nFunctions that use it keep working. No function can add "
                    "it any more, and it cannot be restored.")
                     .arg(version)
                     .arg(layer))
        != QMessageBox::Yes)
        return;
    m_ctx.host->call(
        this, [layer, version](Backend &b) { return b.deleteLayerVersion(layer, version); },
        [this, layer, version](Status s) {
            if (s)
                setMessage(tr("Deleted version %1 of %2").arg(version).arg(layer), false);
            else
                setMessage(s.error().message, true);
            reload(); // layersChanged follows too; the list is read once more at most
            Q_EMIT deleteAnswered(s.ok());
        });
}

void LayersPage::setMessage(const QString &text, bool error)
{
    m_message->setProperty("loadError", false);
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace lambdesk
