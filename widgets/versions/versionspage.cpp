#include "versionspage.h"

#include "backendhost.h"
#include "common/i18n.h"
#include "learn/lesson.h"
#include "versions/diffview.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace lambdesk {

namespace {

enum Column { NumberColumn, DescriptionColumn, DateColumn, ShaColumn, RuntimeColumn, MemoryColumn };

constexpr qint64 kMaxShownFile = 1024 * 1024; // larger files are named, not shown

QByteArray configurationText(const FunctionConfig &config)
{
    return QJsonDocument(config.toJson()).toJson(QJsonDocument::Indented);
}

// A code folder's files (off the GUI thread): caches left out, big or binary files named only.
QMap<QString, QByteArray> readTree(const QString &dir)
{
    QMap<QString, QByteArray> files;
    if (dir.isEmpty())
        return files;
    const QDir root(dir);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = root.relativeFilePath(path);
        if (rel.contains(QLatin1String("__pycache__/")) || rel.startsWith(QLatin1String("node_modules/")))
            continue;
        QFile f(path);
        if (f.size() > kMaxShownFile || !f.open(QIODevice::ReadOnly)) {
            files.insert(rel, QByteArrayLiteral("(not shown: larger than 1 MB or unreadable)\n"));
            continue;
        }
        QByteArray bytes = f.readAll();
        if (bytes.left(8000).contains('\0'))
            bytes = QByteArrayLiteral("(binary file)\n");
        files.insert(rel, bytes);
    }
    return files;
}

QString shortDate(const QString &awsTime)
{
    const QDateTime t = QDateTime::fromString(awsTime.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : awsTime;
}

} // namespace

QString VersionsPage::configurationEntry()
{
    return tr("Configuration (function.json)");
}

VersionsPage::VersionsPage(const ConsoleContext &context, QWidget *parent) : FunctionPage(context, parent)
{
    // A lesson's "Show me" points at this page's tab (learn::highlightTargets).
    setProperty(learn::kTargetProperty, QStringLiteral("tab.versions"));
    m_calls = new CallGuard(this);
    m_views = new CallGuard(this);
    m_prompt = [this](const QString &text) {
        return QMessageBox::question(this, tr("Delete version"), text, QMessageBox::Yes | QMessageBox::Cancel);
    };
    buildUi();
    if (m_ctx.host) {
        connect(m_ctx.host->backend(), &Backend::versionsChanged, this, [this](const QString &fn) {
            if (fn == m_function.name)
                reload();
        });
    }
}

void VersionsPage::buildUi()
{
    m_description = new QLineEdit(this);
    m_description->setPlaceholderText(tr("Description of the new version (optional)"));
    m_description->setMaxLength(256); // AWS's limit
    m_publish = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Publish new version"), this);
    m_publish->setProperty(learn::kTargetProperty, QStringLiteral("versions.publish"));
    m_publish->setToolTip(tr("Record $LATEST's code and configuration as an immutable version (a git commit and tag "
                             "in the function's folder)"));
    m_delete = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete"), this);
    m_delete->setToolTip(tr("Delete the selected version and its snapshot"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_description, 1);
    top->addWidget(m_publish);
    top->addWidget(m_delete);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_list = new QTreeWidget(this);
    m_list->setProperty(learn::kTargetProperty, QStringLiteral("versions.list"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Version"), tr("Description"), tr("Published"), tr("CodeSha256"), tr("Runtime"), tr("Memory")});
    // The description takes the room there is; the short columns are shown whole; the hash is
    // cut (its tooltip has it whole).
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    for (int c : {NumberColumn, DateColumn, RuntimeColumn, MemoryColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ShaColumn, QHeaderView::Interactive);
    m_list->setColumnWidth(ShaColumn, fontMetrics().averageCharWidth() * 16);
    m_list->setMinimumHeight(fontMetrics().height() * 4);

    m_leftBox = new QComboBox(this);
    m_rightBox = new QComboBox(this);
    m_fileBox = new QComboBox(this);
    m_leftBox->setToolTip(tr("The version to show"));
    m_rightBox->setToolTip(tr("Another version or $LATEST to compare it with, side by side"));
    m_fileBox->setToolTip(tr("A file of the code, or the configuration"));
    for (QComboBox *b : {m_leftBox, m_rightBox, m_fileBox}) {
        b->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        b->setMinimumContentsLength(8);
    }
    auto *compareRow = new QHBoxLayout;
    // One sentence, so that a translation can put the versions where its language needs them.
    i18n::addSentence(compareRow, tr("Show %1 compared with %2"), {m_leftBox, m_rightBox}, this);
    compareRow->setStretchFactor(m_leftBox, 1);
    compareRow->setStretchFactor(m_rightBox, 1);
    compareRow->addWidget(new QLabel(tr("File"), this));
    compareRow->addWidget(m_fileBox, 2);
    m_diff = new DiffView(this);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(compareRow);
    bottomLayout->addWidget(m_diff, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_list);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_publish, &QPushButton::clicked, this, &VersionsPage::publish);
    connect(m_description, &QLineEdit::returnPressed, this, &VersionsPage::publish);
    connect(m_delete, &QPushButton::clicked, this, &VersionsPage::deleteSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        updateButtons();
        if (item && !m_filling)
            compare(item->data(NumberColumn, Qt::UserRole).toString(), m_rightBox->currentData().toString());
    });
    const auto sidesChanged = [this] {
        if (!m_filling)
            loadView();
    };
    connect(m_leftBox, &QComboBox::currentIndexChanged, this, sidesChanged);
    connect(m_rightBox, &QComboBox::currentIndexChanged, this, sidesChanged);
    connect(m_fileBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showFile();
    });
    updateButtons();
}

void VersionsPage::functionChanged(bool otherFunction)
{
    if (otherFunction) {
        m_calls->invalidate();
        m_views->invalidate();
        m_versions.clear();
        m_publishing = false; // a publish of the previous function answers nothing here
        m_leftTree = {};
        m_rightTree = {};
        setMessage({}, false);
        showVersions();
        m_diff->showText({}, {}, {});
        reload();
    } else if (m_leftBox->currentData().toString() == kLatest || m_rightBox->currentData().toString() == kLatest) {
        loadView(); // $LATEST changed
    }
    updateButtons();
}

void VersionsPage::reload()
{
    if (m_function.name.isEmpty() || !m_ctx.host)
        return;
    m_ctx.host->call(
        m_calls, [name = m_function.name](Backend &b) { return b.listVersions(name); },
        [this](Result<QList<FunctionVersion>> r) {
            if (r.ok()) {
                m_versions = r.value();
            } else {
                m_versions.clear();
                setMessage(r.error().message, true);
            }
            showVersions();
            Q_EMIT versionsLoaded();
        });
}

void VersionsPage::showVersions()
{
    const QString keep = m_list->currentItem() ? m_list->currentItem()->data(NumberColumn, Qt::UserRole).toString()
                                               : QString();
    m_filling = true;
    m_list->clear();
    // Newest first, as the Lambda console lists them.
    for (auto it = m_versions.crbegin(); it != m_versions.crend(); ++it) {
        const FunctionConfig &c = it->config;
        auto *item = new QTreeWidgetItem(m_list,
                                         {it->version(), c.description, shortDate(c.lastModified), c.codeSha256,
                                          c.runtime, tr("%1 MB").arg(c.memorySize)});
        item->setData(NumberColumn, Qt::UserRole, it->version());
        item->setToolTip(ShaColumn, c.codeSha256);
        item->setToolTip(DescriptionColumn, c.description);
        item->setToolTip(DateColumn, c.lastModified);
        if (it->version() == (m_selectAfterLoad.isEmpty() ? keep : m_selectAfterLoad))
            m_list->setCurrentItem(item);
    }
    fillSides();
    m_filling = false;
    updateButtons();
    if (!m_selectAfterLoad.isEmpty() && m_list->currentItem()
        && m_list->currentItem()->data(NumberColumn, Qt::UserRole).toString() == m_selectAfterLoad) {
        m_selectAfterLoad.clear();
        compare(m_list->currentItem()->data(NumberColumn, Qt::UserRole).toString(),
                m_rightBox->currentData().toString());
    } else if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0)); // shows the newest
    else if (m_versions.isEmpty())
        m_diff->showText(tr("No version yet: publish one to freeze $LATEST's code and configuration."), {}, {});
}

void VersionsPage::fillSides()
{
    const QString left = m_leftBox->currentData().toString();
    const QString right = m_rightBox->currentData().toString();
    m_leftBox->clear();
    m_rightBox->clear();
    m_rightBox->addItem(tr("— (nothing)"), QString());
    m_rightBox->addItem(kLatest, kLatest);
    for (auto it = m_versions.crbegin(); it != m_versions.crend(); ++it) {
        m_leftBox->addItem(tr("Version %1").arg(it->number), it->version());
        m_rightBox->addItem(tr("Version %1").arg(it->number), it->version());
    }
    m_leftBox->addItem(kLatest, kLatest);
    if (const int at = m_leftBox->findData(left); at >= 0)
        m_leftBox->setCurrentIndex(at);
    if (const int at = m_rightBox->findData(right); at >= 0)
        m_rightBox->setCurrentIndex(at);
}

void VersionsPage::compare(const QString &left, const QString &right)
{
    m_filling = true;
    if (const int at = m_leftBox->findData(left); at >= 0)
        m_leftBox->setCurrentIndex(at);
    m_rightBox->setCurrentIndex(std::max(0, m_rightBox->findData(right)));
    m_filling = false;
    loadView();
}

bool VersionsPage::selectFile(const QString &file)
{
    const int at = m_fileBox->findText(file);
    if (at < 0)
        return false;
    m_fileBox->setCurrentIndex(at);
    return true;
}

void VersionsPage::loadView()
{
    const QString left = m_leftBox->currentData().toString();
    const QString right = m_rightBox->currentData().toString();
    if (left.isEmpty() || m_function.name.isEmpty() || !m_ctx.host)
        return;
    m_views->invalidate(); // an answer to an earlier choice is dropped
    struct Side
    {
        QString id;
        QString dir;
        FunctionConfig config;
        bool found = false;
    };
    const auto sideOf = [this](const QString &id) {
        Side s{id, {}, {}, false};
        if (id.isEmpty())
            return s;
        if (id == kLatest) {
            s.config = m_function;
            s.found = true;
            return s;
        }
        for (const FunctionVersion &v : std::as_const(m_versions)) {
            if (v.version() == id) {
                s.config = v.config;
                s.found = true;
            }
        }
        return s;
    };
    Side l = sideOf(left), r = sideOf(right);
    // The folders come from the backend thread; the reading happens on a worker (DESIGN §6.5).
    m_ctx.host->call(
        m_views,
        [name = m_function.name, l, r](Backend &b) mutable {
            const auto dirOf = [&](const QString &id) {
                return id.isEmpty() ? QString() : id == kLatest ? b.codeDir(name) : b.versionCodeDir(name, id.toInt());
            };
            l.dir = dirOf(l.id);
            r.dir = dirOf(r.id);
            return std::make_pair(l, r);
        },
        [this, generation = m_views->generation()](std::pair<Side, Side> sides) {
            QPointer<VersionsPage> self(this);
            QThreadPool::globalInstance()->start([self, sides, generation] {
                auto trees = std::make_shared<std::pair<Tree, Tree>>();
                const auto read = [](const Side &s) {
                    Tree t;
                    if (!s.found)
                        return t;
                    t.title = s.id == kLatest ? kLatest : tr("Version %1").arg(s.id);
                    t.files = readTree(s.dir);
                    t.files.insert(configurationEntry(), configurationText(s.config));
                    return t;
                };
                trees->first = read(sides.first);
                trees->second = read(sides.second);
                const bool hasRight = !sides.second.id.isEmpty();
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [self, trees, generation, hasRight] {
                        if (!self || self->m_views->generation() != generation)
                            return;
                        self->m_leftTree = trees->first;
                        self->m_rightTree = trees->second;
                        self->m_hasRight = hasRight;
                        const QString keep = self->m_fileBox->currentText();
                        QStringList names = self->m_leftTree.files.keys();
                        for (const QString &n : self->m_rightTree.files.keys()) {
                            if (!names.contains(n))
                                names.append(n);
                        }
                        names.removeAll(configurationEntry());
                        names.sort();
                        names.append(configurationEntry());
                        self->m_filling = true;
                        self->m_fileBox->clear();
                        self->m_fileBox->addItems(names);
                        // The file shown before, else the handler's file, else the first.
                        int at = self->m_fileBox->findText(keep);
                        if (at < 0) {
                            const QString handlerFile = self->m_function.handler.section(u'.', 0, 0);
                            for (int i = 0; i < names.size() && at < 0; ++i) {
                                if (QFileInfo(names.at(i)).completeBaseName() == handlerFile)
                                    at = i;
                            }
                        }
                        self->m_fileBox->setCurrentIndex(std::max(0, at));
                        self->m_filling = false;
                        self->showFile();
                    },
                    Qt::QueuedConnection);
            });
        });
}

void VersionsPage::showFile()
{
    const QString file = m_fileBox->currentText();
    const auto text = [&](const Tree &t) -> QString {
        if (!t.files.contains(file))
            return {};
        return QString::fromUtf8(t.files.value(file));
    };
    const QString fileName = file == configurationEntry() ? QStringLiteral("function.json") : file;
    if (!m_hasRight) {
        m_diff->showText(tr("%1 · %2 (read-only)").arg(m_leftTree.title, file), text(m_leftTree), fileName);
    } else {
        const auto title = [&](const Tree &t) {
            return t.files.contains(file) ? tr("%1 · %2").arg(t.title, file)
                                          : tr("%1 · %2 (not in it)").arg(t.title, file);
        };
        m_diff->showDiff(title(m_leftTree), text(m_leftTree), title(m_rightTree), text(m_rightTree), fileName);
    }
    Q_EMIT viewShown();
}

void VersionsPage::publish()
{
    if (m_publishing || m_function.name.isEmpty() || !m_ctx.host)
        return;
    m_publishing = true;
    updateButtons();
    setMessage(tr("Publishing a version of %1…").arg(m_function.name), false);
    Backend::PublishRequest request;
    request.function = m_function.name;
    request.description = m_description->text().trimmed();
    m_ctx.host->publishVersion(this, request, [this, name = m_function.name](Result<versionstore::Published> r) {
        if (name != m_function.name)
            return; // another function is shown now; its list follows versionsChanged
        m_publishing = false;
        if (r.ok()) {
            const FunctionVersion &v = r.value().version;
            if (r.value().created) {
                m_description->clear();
                m_selectAfterLoad = v.version(); // the new one is what the user wants to see
                setMessage(tr("Published version %1 of %2.").arg(v.number).arg(name), false);
            } else {
                setMessage(
                    tr("Nothing changed since version %1, so no new version was made (as on AWS).").arg(v.number),
                    false);
            }
        } else {
            setMessage(tr("Publish failed: %1").arg(r.error().message), true);
        }
        updateButtons();
        Q_EMIT actionAnswered(r.ok());
    });
}

void VersionsPage::deleteSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !m_ctx.host)
        return;
    const int number = item->data(NumberColumn, Qt::UserRole).toInt();
    if (m_prompt(tr("Delete version %1 of %2 and its snapshot? The commit stays in the function's git history.")
                     .arg(number)
                     .arg(m_function.name))
        != QMessageBox::Yes)
        return;
    m_ctx.host->deleteVersion(this, m_function.name, number, [this, number](Status s) {
        setMessage(s.ok() ? tr("Deleted version %1.").arg(number) : s.error().message, !s.ok());
        Q_EMIT actionAnswered(s.ok());
    });
}

void VersionsPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#d13212") : QString());
    m_message->setVisible(!text.isEmpty());
}

void VersionsPage::updateButtons()
{
    const bool has = !m_function.name.isEmpty();
    m_publish->setEnabled(has && !m_publishing);
    m_publish->setText(m_publishing ? tr("Publishing…") : tr("Publish new version"));
    m_delete->setEnabled(has && m_list->currentItem() != nullptr);
}

} // namespace lambdesk
