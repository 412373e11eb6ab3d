#include "layerstore.h"

#include "io/ziparchive.h"
#include "model/functionconfig.h"
#include "store/codetree.h"
#include "store/jsonfile.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

#include <sys/stat.h>
#include <unistd.h>

namespace lambdesk::layerstore {

namespace {

const QString kLayerJson = QStringLiteral("layer.json");
const QString kZip = QStringLiteral("layer.zip");
const QString kContent = QStringLiteral("content");
const QString kNextJson = QStringLiteral("next.json");

const QString kNamePattern =
    QStringLiteral("(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+");

QString validationError(const QString &value, const QString &member, const QString &constraint)
{
    return QStringLiteral("1 validation error detected: Value '%1' at '%2' failed to satisfy constraint: %3")
        .arg(value, member, constraint);
}

QString bracketed(const QStringList &list)
{
    return u'[' + list.join(QStringLiteral(", ")) + u']';
}

QJsonObject toJson(const LayerVersion &l)
{
    return QJsonObject{
        {QStringLiteral("LayerName"), l.layerName},
        {QStringLiteral("Version"), l.version},
        {QStringLiteral("Description"), l.description},
        {QStringLiteral("CompatibleRuntimes"), QJsonArray::fromStringList(l.compatibleRuntimes)},
        {QStringLiteral("CompatibleArchitectures"), QJsonArray::fromStringList(l.compatibleArchitectures)},
        {QStringLiteral("LicenseInfo"), l.licenseInfo},
        {QStringLiteral("CreatedDate"), l.createdDate},
        {QStringLiteral("CodeSha256"), l.codeSha256},
        {QStringLiteral("CodeSize"), l.codeSize},
        {QStringLiteral("UnzippedSize"), l.unzippedSize},
    };
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

LayerVersion fromJson(const QJsonObject &o)
{
    LayerVersion l;
    l.layerName = o.value(QStringLiteral("LayerName")).toString();
    l.version = o.value(QStringLiteral("Version")).toInt();
    l.description = o.value(QStringLiteral("Description")).toString();
    l.compatibleRuntimes = strings(o.value(QStringLiteral("CompatibleRuntimes")));
    l.compatibleArchitectures = strings(o.value(QStringLiteral("CompatibleArchitectures")));
    l.licenseInfo = o.value(QStringLiteral("LicenseInfo")).toString();
    l.createdDate = o.value(QStringLiteral("CreatedDate")).toString();
    l.codeSha256 = o.value(QStringLiteral("CodeSha256")).toString();
    l.codeSize = qint64(o.value(QStringLiteral("CodeSize")).toDouble());
    l.unzippedSize = qint64(o.value(QStringLiteral("UnzippedSize")).toDouble());
    return l;
}

Error layerNotFound()
{
    return Error::notFound(QStringLiteral("The resource you requested does not exist."));
}

// The version numbers present under layers/NAME, ascending.
QList<int> presentVersions(const QString &root, const QString &name)
{
    QList<int> out;
    const QDir dir(layersDir(root) + u'/' + name);
    for (const QString &entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const int n = entry.toInt(&ok);
        if (ok && n > 0 && QFile::exists(dir.filePath(entry) + u'/' + kLayerJson))
            out.append(n);
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool copyEntry(const QFileInfo &src, const QString &dst, QString *error)
{
    if (QFileInfo::exists(dst) || QFileInfo(dst).isSymLink()) {
        if (QFileInfo(dst).isDir() && !QFileInfo(dst).isSymLink()) {
            if (!QDir(dst).removeRecursively())
                return *error = QStringLiteral("Cannot replace %1").arg(dst), false;
        } else if (!QFile::remove(dst)) {
            return *error = QStringLiteral("Cannot replace %1").arg(dst), false;
        }
    }
    if (src.isSymLink()) {
        const QByteArray target = QFile::encodeName(src.symLinkTarget());
        char buf[4096];
        const ssize_t n = ::readlink(QFile::encodeName(src.filePath()).constData(), buf, sizeof buf - 1);
        if (n < 0)
            return *error = QStringLiteral("Cannot read the link %1").arg(src.filePath()), false;
        buf[n] = 0;
        if (::symlink(buf, QFile::encodeName(dst).constData()) != 0)
            return *error = QStringLiteral("Cannot make the link %1").arg(dst), false;
        Q_UNUSED(target);
        return true;
    }
    // A hardlink shares the file (a layer is immutable); a copy where the filesystem refuses.
    if (::link(QFile::encodeName(src.filePath()).constData(), QFile::encodeName(dst).constData()) == 0)
        return true;
    if (!QFile::copy(src.filePath(), dst))
        return *error = QStringLiteral("Cannot copy %1 to %2").arg(src.filePath(), dst), false;
    QFile::setPermissions(dst, QFile::permissions(src.filePath()));
    return true;
}

// Merges `from` into `into`: files of `from` replace those of the same path.
bool mergeTree(const QString &from, const QString &into, QString *error)
{
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString rel = QDir(from).relativeFilePath(info.filePath());
        const QString dst = into + u'/' + rel;
        if (info.isDir() && !info.isSymLink()) {
            const QFileInfo existing(dst);
            if (existing.isSymLink() || (existing.exists() && !existing.isDir()))
                QFile::remove(dst);
            if (!QDir().mkpath(dst))
                return *error = QStringLiteral("Cannot make the folder %1").arg(dst), false;
            continue;
        }
        if (!copyEntry(info, dst, error))
            return false;
    }
    return true;
}

} // namespace

const QStringList &knownRuntimes()
{
    static const QStringList list{
        QStringLiteral("nodejs"),        QStringLiteral("nodejs4.3"),    QStringLiteral("nodejs6.10"),
        QStringLiteral("nodejs8.10"),    QStringLiteral("nodejs10.x"),   QStringLiteral("nodejs12.x"),
        QStringLiteral("nodejs14.x"),    QStringLiteral("nodejs16.x"),   QStringLiteral("nodejs18.x"),
        QStringLiteral("nodejs20.x"),    QStringLiteral("nodejs22.x"),   QStringLiteral("nodejs24.x"),
        QStringLiteral("java8"),         QStringLiteral("java8.al2"),    QStringLiteral("java11"),
        QStringLiteral("java17"),        QStringLiteral("java21"),       QStringLiteral("java25"),
        QStringLiteral("python2.7"),     QStringLiteral("python3.6"),    QStringLiteral("python3.7"),
        QStringLiteral("python3.8"),     QStringLiteral("python3.9"),    QStringLiteral("python3.10"),
        QStringLiteral("python3.11"),    QStringLiteral("python3.12"),   QStringLiteral("python3.13"),
        QStringLiteral("python3.14"),    QStringLiteral("dotnetcore1.0"), QStringLiteral("dotnetcore2.0"),
        QStringLiteral("dotnetcore2.1"), QStringLiteral("dotnetcore3.1"), QStringLiteral("dotnet6"),
        QStringLiteral("dotnet8"),       QStringLiteral("dotnet10"),     QStringLiteral("nodejs4.3-edge"),
        QStringLiteral("go1.x"),         QStringLiteral("ruby2.5"),      QStringLiteral("ruby2.7"),
        QStringLiteral("ruby3.2"),       QStringLiteral("ruby3.3"),      QStringLiteral("ruby3.4"),
        QStringLiteral("provided"),      QStringLiteral("provided.al2"), QStringLiteral("provided.al2023"),
    };
    return list;
}

Result<QString> layerName(const QString &nameOrArn)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:%1)$").arg(kNamePattern));
    if (nameOrArn.isEmpty() || nameOrArn.size() > kMaxNameLength || !pattern.match(nameOrArn).hasMatch()) {
        const QString rule = nameOrArn.size() > kMaxNameLength
            ? QStringLiteral("Member must have length less than or equal to %1").arg(kMaxNameLength)
            : nameOrArn.isEmpty() ? QStringLiteral("Member must have length greater than or equal to 1")
                                  : QStringLiteral("Member must satisfy regular expression pattern: ") + kNamePattern;
        return Error::invalid(QStringLiteral("LayerName"), validationError(nameOrArn, QStringLiteral("layerName"), rule));
    }
    if (nameOrArn.startsWith(QStringLiteral("arn:")))
        return nameOrArn.section(u':', 6, 6);
    return nameOrArn;
}

std::optional<VersionRef> parseVersionArn(const QString &arn)
{
    static const QRegularExpression pattern(
        QStringLiteral("^arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:([a-zA-Z0-9-_]{1,140}):([0-9]{1,9})$"));
    const auto m = pattern.match(arn);
    if (!m.hasMatch())
        return std::nullopt;
    const int version = m.captured(2).toInt();
    if (version < 1)
        return std::nullopt;
    return VersionRef{m.captured(1), version};
}

std::optional<Error> validate(const LayerPublish &request)
{
    if (auto name = layerName(request.layerName); !name)
        return name.error();
    if (request.description.size() > kMaxDescriptionLength)
        return Error::invalid(QStringLiteral("Description"),
                              validationError(request.description, QStringLiteral("description"),
                                              QStringLiteral("Member must have length less than or equal to %1")
                                                  .arg(kMaxDescriptionLength)));
    if (request.licenseInfo.size() > kMaxLicenseLength)
        return Error::invalid(QStringLiteral("LicenseInfo"),
                              validationError(request.licenseInfo, QStringLiteral("licenseInfo"),
                                              QStringLiteral("Member must have length less than or equal to %1")
                                                  .arg(kMaxLicenseLength)));
    if (request.compatibleRuntimes.size() > kMaxCompatibleRuntimes)
        return Error::invalid(QStringLiteral("CompatibleRuntimes"),
                              validationError(bracketed(request.compatibleRuntimes),
                                              QStringLiteral("compatibleRuntimes"),
                                              QStringLiteral("Member must have length less than or equal to %1")
                                                  .arg(kMaxCompatibleRuntimes)));
    for (const QString &r : request.compatibleRuntimes)
        if (!knownRuntimes().contains(r))
            return Error::invalid(
                QStringLiteral("CompatibleRuntimes"),
                validationError(bracketed(request.compatibleRuntimes), QStringLiteral("compatibleRuntimes"),
                                QStringLiteral("Member must satisfy constraint: [Member must satisfy enum value set: %1]")
                                    .arg(bracketed(knownRuntimes()))));
    static const QStringList architectures{QStringLiteral("x86_64"), QStringLiteral("arm64")};
    if (request.compatibleArchitectures.size() > 2)
        return Error::invalid(QStringLiteral("CompatibleArchitectures"),
                              validationError(bracketed(request.compatibleArchitectures),
                                              QStringLiteral("compatibleArchitectures"),
                                              QStringLiteral("Member must have length less than or equal to 2")));
    for (const QString &a : request.compatibleArchitectures)
        if (!architectures.contains(a))
            return Error::invalid(
                QStringLiteral("CompatibleArchitectures"),
                validationError(bracketed(request.compatibleArchitectures), QStringLiteral("compatibleArchitectures"),
                                QStringLiteral("Member must satisfy constraint: [Member must satisfy enum value set: "
                                               "[x86_64, arm64]]")));
    if (request.zip.isEmpty() && request.folder.isEmpty())
        return Error::invalid(QStringLiteral("Content"),
                              QStringLiteral("Content.ZipFile is required: the layer's files as a zip."));
    return std::nullopt;
}

QString layersDir(const QString &workspaceRoot)
{
    return workspaceRoot + QStringLiteral("/layers");
}

QString versionDir(const QString &workspaceRoot, const QString &name, int version)
{
    return layersDir(workspaceRoot) + u'/' + name + u'/' + QString::number(version);
}

QString contentDir(const QString &workspaceRoot, const QString &name, int version)
{
    return versionDir(workspaceRoot, name, version) + u'/' + kContent;
}

QString zipFile(const QString &workspaceRoot, const QString &name, int version)
{
    return versionDir(workspaceRoot, name, version) + u'/' + kZip;
}

Result<Staged> stage(const LayerPublish &request, const QString &stagingDir, const std::atomic<bool> *cancel)
{
    if (auto e = validate(request))
        return *e;
    QByteArray zip = request.zip;
    if (zip.isEmpty()) {
        if (!QFileInfo(request.folder).isDir())
            return Error::invalid(QStringLiteral("Content"),
                                  QStringLiteral("The folder %1 does not exist.").arg(request.folder));
        auto made = ziparchive::create(request.folder);
        if (!made)
            return made.error();
        zip = std::move(made).value();
    }
    if (zip.size() > kMaxZippedBytes)
        return Error{Error::Kind::TooLarge,
                     QStringLiteral("Request must be smaller than %1 bytes for the PublishLayerVersion operation")
                         .arg(kMaxZippedBytes),
                     QStringLiteral("ZipFile")};
    Staged staged;
    staged.dir = stagingDir + QStringLiteral("/layer-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString content = staged.dir + u'/' + kContent;
    if (!QDir().mkpath(content))
        return Error::internal(QStringLiteral("Cannot make the folder %1").arg(content));
    if (auto s = ziparchive::extract(zip, content, kMaxUnzippedBytes, cancel); !s) {
        QDir(staged.dir).removeRecursively();
        Error e = s.error();
        if (e.message.contains(QStringLiteral("unzipped")) || e.message.contains(QStringLiteral("262144000")))
            e.message = QStringLiteral("Unzipped size must be smaller than %1 bytes").arg(kMaxUnzippedBytes);
        return e;
    }
    if (auto s = Workspace::writeFileAtomically(staged.dir + u'/' + kZip, zip); !s) {
        QDir(staged.dir).removeRecursively();
        return s.error();
    }
    LayerVersion &l = staged.layer;
    l.layerName = layerName(request.layerName).value();
    l.description = request.description;
    l.compatibleRuntimes = request.compatibleRuntimes;
    l.compatibleArchitectures = request.compatibleArchitectures;
    l.licenseInfo = request.licenseInfo;
    l.codeSha256 = QString::fromLatin1(QCryptographicHash::hash(zip, QCryptographicHash::Sha256).toBase64());
    l.codeSize = zip.size();
    l.unzippedSize = codetree::digest(content).size;
    return staged;
}

Result<LayerVersion> install(const QString &workspaceRoot, const Staged &staged)
{
    const QString name = staged.layer.layerName;
    const QString nameDir = layersDir(workspaceRoot) + u'/' + name;
    auto fail = [&](Error e) -> Result<LayerVersion> {
        QDir(staged.dir).removeRecursively();
        return e;
    };
    if (!QDir().mkpath(nameDir))
        return fail(Error::internal(QStringLiteral("Cannot make the folder %1").arg(nameDir)));
    const auto next = jsonfile::readObject(nameDir + u'/' + kNextJson);
    if (!next)
        return fail(next.error());
    int number = next.value() ? next.value()->value(QStringLiteral("NextVersion")).toInt(1) : 1;
    // Never below what exists (a next.json lost by hand).
    const QList<int> present = presentVersions(workspaceRoot, name);
    if (!present.isEmpty())
        number = std::max(number, present.last() + 1);
    while (QFileInfo::exists(nameDir + u'/' + QString::number(number)))
        ++number;
    // The number is taken before anything can use it: a crash after this wastes it, never reuses it.
    if (auto s = jsonfile::writeObject(nameDir + u'/' + kNextJson,
                                       QJsonObject{{QStringLiteral("NextVersion"), number + 1}});
        !s)
        return fail(s.error());
    LayerVersion l = staged.layer;
    l.version = number;
    l.createdDate = awsTimestampNow();
    if (auto s = jsonfile::writeObject(staged.dir + u'/' + kLayerJson, toJson(l)); !s)
        return fail(s.error());
    const QString dest = nameDir + u'/' + QString::number(number);
    if (!QDir().rename(staged.dir, dest))
        return fail(Error::internal(QStringLiteral("Cannot move the layer into %1").arg(dest)));
    return l;
}

Result<LayerVersion> publish(const QString &workspaceRoot, const LayerPublish &request, const QString &stagingDir)
{
    auto staged = stage(request, stagingDir);
    if (!staged)
        return staged.error();
    return install(workspaceRoot, staged.value());
}

Result<LayerVersion> get(const QString &workspaceRoot, const QString &name, int version)
{
    const QString file = versionDir(workspaceRoot, name, version) + u'/' + kLayerJson;
    const auto object = jsonfile::readObject(file);
    if (!object)
        return object.error();
    if (!object.value())
        return layerNotFound();
    LayerVersion l = fromJson(*object.value());
    l.layerName = name;
    l.version = version;
    return l;
}

Result<QList<LayerVersion>> versions(const QString &workspaceRoot, const QString &name)
{
    QList<LayerVersion> out;
    QList<int> numbers = presentVersions(workspaceRoot, name);
    std::reverse(numbers.begin(), numbers.end());
    for (int n : numbers) {
        auto l = get(workspaceRoot, name, n);
        if (!l)
            return l.error();
        out.append(l.value());
    }
    return out;
}

Result<QList<LayerVersion>> latest(const QString &workspaceRoot)
{
    QList<LayerVersion> out;
    QStringList names = QDir(layersDir(workspaceRoot)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(names.begin(), names.end());
    for (const QString &name : names) {
        const QList<int> numbers = presentVersions(workspaceRoot, name);
        if (numbers.isEmpty())
            continue;
        auto l = get(workspaceRoot, name, numbers.last());
        if (!l)
            return l.error();
        out.append(l.value());
    }
    return out;
}

Status remove(const QString &workspaceRoot, const QString &name, int version)
{
    const QString dir = versionDir(workspaceRoot, name, version);
    if (!QFileInfo::exists(dir))
        return Ok{};
    // layer.json first: a half-removed folder is not a version any more.
    if (auto s = jsonfile::remove(dir + u'/' + kLayerJson); !s)
        return s;
    if (!QDir(dir).removeRecursively())
        return Error::internal(QStringLiteral("Cannot remove %1").arg(dir));
    return Ok{};
}

QString mergedRoot(const QString &stateDir)
{
    return stateDir + QStringLiteral("/layers-merged");
}

QString mergedKey(const QStringList &arns)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(arns.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

Result<QString> merged(const QString &workspaceRoot, const QString &stateDir, const QStringList &arns)
{
    if (arns.isEmpty())
        return QString();
    const QString dir = mergedRoot(stateDir) + u'/' + mergedKey(arns);
    if (QFileInfo(dir).isDir())
        return dir;
    QList<VersionRef> refs;
    for (const QString &arn : arns) {
        const auto ref = parseVersionArn(arn);
        if (!ref || !QFileInfo(contentDir(workspaceRoot, ref->name, ref->version)).isDir())
            return Error::notFound(QStringLiteral("Layer version %1 does not exist.").arg(arn));
        refs.append(*ref);
    }
    const QString tmp = mergedRoot(stateDir) + QStringLiteral("/.tmp-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QDir().mkpath(tmp))
        return Error::internal(QStringLiteral("Cannot make the folder %1").arg(tmp));
    QString error;
    for (const VersionRef &ref : refs) {
        if (!mergeTree(contentDir(workspaceRoot, ref.name, ref.version), tmp, &error)) {
            QDir(tmp).removeRecursively();
            return Error::internal(QStringLiteral("Cannot merge the layers: %1").arg(error));
        }
    }
    ::chmod(QFile::encodeName(tmp).constData(), 0755);
    if (!QDir().rename(tmp, dir)) {
        QDir(tmp).removeRecursively();
        if (QFileInfo(dir).isDir()) // built meanwhile by someone else
            return dir;
        return Error::internal(QStringLiteral("Cannot move the merged layers into %1").arg(dir));
    }
    return dir;
}

void pruneMerged(const QString &stateDir, const QSet<QString> &keep)
{
    const QDir root(mergedRoot(stateDir));
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (keep.contains(entry))
            continue;
        QDir(root.filePath(entry)).removeRecursively();
    }
}

} // namespace lambdesk::layerstore
