#include "versionstore.h"

#include "store/versioncode.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>

#include <git2.h>

#include <fcntl.h>
#include <memory>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace lambdesk::versionstore {

namespace {

QMutex g_lock; // one publish/delete at a time, for every function

struct GitLibrary
{
    GitLibrary()
    {
        git_libgit2_init();
        // Every object a tree or a commit names was written by us just before: checking that it
        // exists again on every insert costs a lookup per file.
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, 0);
    }
    ~GitLibrary() { git_libgit2_shutdown(); }
};

void ensureLibrary()
{
    static GitLibrary library;
}

template<typename T, void (*Free)(T *)>
struct GitDeleter
{
    void operator()(T *p) const { Free(p); }
};
template<typename T, void (*Free)(T *)>
using GitPtr = std::unique_ptr<T, GitDeleter<T, Free>>;
using Repo = GitPtr<git_repository, git_repository_free>;
using Tree = GitPtr<git_tree, git_tree_free>;
using Commit = GitPtr<git_commit, git_commit_free>;
using Object = GitPtr<git_object, git_object_free>;
using Blob = GitPtr<git_blob, git_blob_free>;
using Builder = GitPtr<git_treebuilder, git_treebuilder_free>;
using Signature = GitPtr<git_signature, git_signature_free>;
using Index = GitPtr<git_index, git_index_free>;
using TreeEntry = GitPtr<git_tree_entry, git_tree_entry_free>;

QString gitMessage()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("unknown libgit2 error");
}

QString functionNameOf(const QString &functionDir)
{
    return QFileInfo(functionDir).fileName();
}

Error unreadable(const QString &functionDir, const QString &what)
{
    return Error::internal(QStringLiteral("The version repository of %1 (%2) cannot be read: %3. Its versions and "
                                          "snapshots were left as they are; restore the repository from a backup (or "
                                          "move it away to start the history anew, which forgets the versions)")
                               .arg(functionNameOf(functionDir), repositoryDir(functionDir), what));
}

QList<int> snapshotNumbers(const QString &functionDir)
{
    QList<int> out;
    for (const QString &name :
         QDir(functionDir + QStringLiteral("/versions")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const int n = name.toInt(&ok);
        if (ok && n > 0)
            out.append(n);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Opens the repository; `create` makes it when the function has never been published.
Result<Repo> openRepository(const QString &functionDir, bool create)
{
    ensureLibrary();
    const QString gitDir = repositoryDir(functionDir);
    git_repository *raw = nullptr;
    if (!QFileInfo::exists(gitDir)) {
        const QList<int> orphans = snapshotNumbers(functionDir);
        if (!orphans.isEmpty()) {
            QStringList numbers;
            for (int n : orphans)
                numbers.append(QString::number(n));
            return Error::internal(
                QStringLiteral("The version repository of %1 (%2) is missing, but snapshots of versions %3 are "
                               "there; nothing was changed. Restore the repository from a backup (or delete %4 "
                               "to start the history anew, which forgets the versions)")
                    .arg(functionNameOf(functionDir), gitDir, numbers.join(QStringLiteral(", ")),
                         functionDir + QStringLiteral("/versions")));
        }
        if (!create)
            return Repo{}; // never published
        git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
        options.flags = GIT_REPOSITORY_INIT_NO_REINIT;
        options.initial_head = "main";
        options.description = "Versions of a Lambdesk function";
        if (git_repository_init_ext(&raw, QFile::encodeName(functionDir).constData(), &options) != 0)
            return Error::internal(
                QStringLiteral("Cannot create the version repository %1: %2").arg(gitDir, gitMessage()));
        // What is not a version's: the work tree's other folders.
        QFile exclude(gitDir + QStringLiteral("/info/exclude"));
        QDir().mkpath(gitDir + QStringLiteral("/info"));
        if (exclude.open(QIODevice::WriteOnly | QIODevice::Truncate))
            exclude.write("# Written by Lambdesk: only code/ and function.json are versioned.\n"
                          "/events/\n/packages/\n/versions/\n/aliases.json\n/code.*\n/code/**/__pycache__/\n*.pyc\n");
        return Repo(raw);
    }
    if (git_repository_open_ext(&raw, QFile::encodeName(functionDir).constData(), GIT_REPOSITORY_OPEN_NO_SEARCH,
                                nullptr)
        != 0)
        return unreadable(functionDir, gitMessage());
    Repo repo(raw);
    // HEAD must name a branch (unborn or not): a damaged one is found now, not at the commit.
    if (git_repository_head_unborn(repo.get()) < 0)
        return unreadable(functionDir, QStringLiteral("HEAD: %1").arg(gitMessage()));
    return repo;
}

Result<QByteArray> blobAt(git_repository *repo, git_tree *tree, const char *path)
{
    git_tree_entry *raw = nullptr;
    if (git_tree_entry_bypath(&raw, tree, path) != 0)
        return Error::internal(QStringLiteral("%1 is missing (%2)").arg(QString::fromUtf8(path), gitMessage()));
    TreeEntry entry(raw);
    git_blob *blob = nullptr;
    if (git_blob_lookup(&blob, repo, git_tree_entry_id(entry.get())) != 0)
        return Error::internal(QStringLiteral("%1 cannot be read (%2)").arg(QString::fromUtf8(path), gitMessage()));
    Blob b(blob);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(b.get())), qsizetype(git_blob_rawsize(b.get())));
}

Result<Tree> treeOfRevision(git_repository *repo, const QString &revision)
{
    git_object *obj = nullptr;
    if (git_revparse_single(&obj, repo, (revision + QStringLiteral("^{tree}")).toUtf8().constData()) != 0)
        return Error::internal(gitMessage());
    return Tree(reinterpret_cast<git_tree *>(obj));
}

// The numbers of the tags v1, v2, ...
QList<int> tagNumbers(git_repository *repo)
{
    QList<int> out;
    git_strarray names{};
    if (git_tag_list_match(&names, "v*", repo) != 0)
        return out;
    static const QRegularExpression number(QStringLiteral("^v([1-9][0-9]{0,8})$"));
    for (size_t i = 0; i < names.count; ++i) {
        const auto m = number.match(QString::fromUtf8(names.strings[i]));
        if (m.hasMatch())
            out.append(m.captured(1).toInt());
    }
    git_strarray_dispose(&names);
    std::sort(out.begin(), out.end());
    return out;
}

Result<FunctionVersion> readVersion(const QString &functionDir, git_repository *repo, int number)
{
    const QString tag = QStringLiteral("v%1").arg(number);
    git_object *obj = nullptr;
    if (git_revparse_single(&obj, repo, (tag + QStringLiteral("^{commit}")).toUtf8().constData()) != 0)
        return unreadable(functionDir, QStringLiteral("tag %1: %2").arg(tag, gitMessage()));
    Commit commit(reinterpret_cast<git_commit *>(obj));
    git_tree *rawTree = nullptr;
    if (git_commit_tree(&rawTree, commit.get()) != 0)
        return unreadable(functionDir, QStringLiteral("tag %1: %2").arg(tag, gitMessage()));
    Tree tree(rawTree);
    const auto config = blobAt(repo, tree.get(), "function.json");
    const auto info = blobAt(repo, tree.get(), "version.json");
    if (!config || !info)
        return unreadable(functionDir,
                          QStringLiteral("tag %1: %2").arg(tag, (!config ? config : info).error().message));
    FunctionVersion v;
    v.number = number;
    QStringList problems;
    v.config = FunctionConfig::fromJson(QJsonDocument::fromJson(config.value()).object(), &problems);
    if (!problems.isEmpty())
        return unreadable(functionDir, QStringLiteral("tag %1: function.json: %2").arg(tag, problems.join(u' ')));
    const QJsonObject o = QJsonDocument::fromJson(info.value()).object();
    v.config.description = o.value(QStringLiteral("Description")).toString();
    v.config.lastModified = o.value(QStringLiteral("LastModified")).toString();
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, git_commit_id(commit.get()));
    v.commit = QString::fromLatin1(hex);
    return v;
}

code::Previous previousOf(git_repository *repo, git_commit *head, const QString &functionDir)
{
    code::Previous p;
    if (!head)
        return p;
    git_tree *rawTree = nullptr;
    if (git_commit_tree(&rawTree, head) != 0)
        return p;
    Tree tree(rawTree);
    if (const auto info = blobAt(repo, tree.get(), "version.json")) {
        const int number =
            QJsonDocument::fromJson(info.value()).object().value(QStringLiteral("Version")).toString().toInt();
        if (number > 0 && QFileInfo(snapshotDir(functionDir, number)).isDir())
            p.snapshot = snapshotDir(functionDir, number);
    }
    git_tree_entry *rawCode = nullptr;
    if (git_tree_entry_bypath(&rawCode, tree.get(), "code") != 0)
        return p;
    TreeEntry code(rawCode);
    git_tree *rawSub = nullptr;
    if (git_tree_lookup(&rawSub, repo, git_tree_entry_id(code.get())) != 0)
        return p;
    Tree sub(rawSub);
    git_tree_walk(
        sub.get(), GIT_TREEWALK_PRE,
        [](const char *parent, const git_tree_entry *entry, void *payload) -> int {
            const git_filemode_t mode = git_tree_entry_filemode(entry);
            if (mode == GIT_FILEMODE_TREE)
                return 0;
            auto *prev = static_cast<code::Previous *>(payload);
            const gitpack::ObjectId id = code::idOf(git_tree_entry_id(entry));
            prev->files.insert(QByteArray(parent) + git_tree_entry_name(entry), {id, mode});
            prev->ids.insert(id);
            return 0;
        },
        &p);
    return p;
}

void setReadOnly(const QString &path)
{
    // Files first, then folders deepest first (a read-only folder admits no change inside).
    QStringList dirs{path};
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        struct stat st;
        if (::lstat(QFile::encodeName(p).constData(), &st) != 0 || S_ISLNK(st.st_mode))
            continue;
        if (S_ISDIR(st.st_mode))
            dirs.append(p);
        else
            ::chmod(QFile::encodeName(p).constData(), (st.st_mode & 0111) ? 0555 : 0444);
    }
    for (auto d = dirs.crbegin(); d != dirs.crend(); ++d)
        ::chmod(QFile::encodeName(*d).constData(), 0555);
}

// Moves a finished snapshot into place as version N's (made read-only first unless it is).
Status installSnapshot(const QString &functionDir, int number, const QString &code, bool readOnly = false)
{
    if (!readOnly)
        setReadOnly(code);
    const QString dir = functionDir + QStringLiteral("/versions/") + QString::number(number);
    if (QFileInfo::exists(dir)) { // debris of an interrupted publish
        makeWritable(dir);
        QDir(dir).removeRecursively();
    }
    if (!QDir().mkpath(dir) || !QDir().rename(code, dir + QStringLiteral("/code")))
        return Error::internal(QStringLiteral("Cannot move the snapshot of version %1 into %2").arg(number).arg(dir));
    return Ok{};
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool createBlob(git_repository *repo, const QByteArray &bytes, git_oid *out)
{
    return git_blob_create_from_buffer(out, repo, bytes.constData(), size_t(bytes.size())) == 0;
}

} // namespace

QString repositoryDir(const QString &functionDir)
{
    return functionDir + QStringLiteral("/.git");
}

QString snapshotDir(const QString &functionDir, int number)
{
    return functionDir + QStringLiteral("/versions/") + QString::number(number) + QStringLiteral("/code");
}

void makeWritable(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return;
    ::chmod(QFile::encodeName(path).constData(), 0755);
    QDirIterator it(path, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        ::chmod(QFile::encodeName(it.next()).constData(), 0755);
}

Result<QList<FunctionVersion>> list(const QString &functionDir)
{
    QMutexLocker lock(&g_lock);
    auto repo = openRepository(functionDir, false);
    if (!repo)
        return repo.error();
    QList<FunctionVersion> out;
    if (!repo.value())
        return out;
    for (int n : tagNumbers(repo->get())) {
        auto v = readVersion(functionDir, repo->get(), n);
        if (!v)
            return v.error();
        out.append(std::move(v).value());
    }
    return out;
}

Result<Published> publish(const QString &functionDir, const FunctionConfig &latest, const QString &description,
                          const codetree::Digest &expectedTree, const QString &stagingDir)
{
    QMutexLocker lock(&g_lock);
    auto opened = openRepository(functionDir, true);
    if (!opened)
        return opened.error();
    git_repository *repo = opened->get();

    // The configuration as a version records it (LastModified left out, so that publishing
    // again with nothing changed builds the same blob).
    FunctionConfig recorded = latest;
    recorded.lastModified.clear();
    recorded.brokenReason.clear();
    QJsonObject configJson = recorded.toJson();
    configJson.remove(QStringLiteral("LastModified"));
    git_oid configBlob;
    if (!createBlob(repo, json(configJson), &configBlob))
        return Error::internal(QStringLiteral("Cannot record the configuration: %1").arg(gitMessage()));

    // Nothing changed since the newest version: that version is the answer (as on AWS). The
    // package identifies the code, so this needs no look at the files.
    const QList<int> numbers = tagNumbers(repo);
    if (!numbers.isEmpty()) {
        auto tree = treeOfRevision(repo, QStringLiteral("v%1").arg(numbers.last()));
        if (!tree)
            return unreadable(functionDir, tree.error().message);
        const git_tree_entry *config = git_tree_entry_byname(tree->get(), "function.json");
        if (config && git_oid_equal(git_tree_entry_id(config), &configBlob)) {
            auto v = readVersion(functionDir, repo, numbers.last());
            if (!v)
                return v.error();
            return Published{std::move(v).value(), false};
        }
    }

    // The next number: after every version ever published (deleted ones too, as on AWS).
    int number = numbers.isEmpty() ? 1 : numbers.last() + 1;
    git_object *headObj = nullptr;
    Commit parent;
    if (git_revparse_single(&headObj, repo, "HEAD^{commit}") == 0) {
        parent.reset(reinterpret_cast<git_commit *>(headObj));
        git_tree *t = nullptr;
        if (git_commit_tree(&t, parent.get()) == 0) {
            Tree headTree(t);
            if (const auto info = blobAt(repo, headTree.get(), "version.json"))
                number = std::max(
                    number,
                    QJsonDocument::fromJson(info.value()).object().value(QStringLiteral("Version")).toString().toInt()
                        + 1);
        }
    } else if (git_repository_head_unborn(repo) != 1) {
        return unreadable(functionDir, QStringLiteral("HEAD: %1").arg(gitMessage()));
    }

    // The code, copied as the snapshot and recorded in one pass: what the newest version has
    // already is linked from its snapshot, and only new objects are written (one pack).
    const QString staged = stagingDir + QStringLiteral("/code");
    std::optional<git_oid> codeTree;
    codetree::Digest digest;
    if (auto s = code::record(repo, functionDir + QStringLiteral("/code"), staged,
                              previousOf(repo, parent.get(), functionDir), &codeTree, &digest);
        !s)
        return s.error();
    if (digest.sha256Base64 != expectedTree.sha256Base64 || digest.size != expectedTree.size)
        return Error::conflict(QStringLiteral("The code of %1 changed while it was being published; nothing was "
                                              "published. Publish again")
                                   .arg(latest.name));

    const QString effectiveDescription = description.isEmpty() ? latest.description : description;
    const QString now = awsTimestampNow();
    git_oid infoBlob;
    if (!createBlob(repo,
                    json({{QStringLiteral("Version"), QString::number(number)},
                          {QStringLiteral("Description"), effectiveDescription},
                          {QStringLiteral("LastModified"), now}}),
                    &infoBlob))
        return Error::internal(QStringLiteral("Cannot record the version: %1").arg(gitMessage()));
    const std::pair<const char *, const git_oid *> top[] = {{"function.json", &configBlob},
                                                            {"version.json", &infoBlob}};
    git_oid rootTree;
    {
        git_treebuilder *raw = nullptr;
        if (git_treebuilder_new(&raw, repo, nullptr) != 0)
            return Error::internal(gitMessage());
        Builder builder(raw);
        if (codeTree && git_treebuilder_insert(nullptr, builder.get(), "code", &*codeTree, GIT_FILEMODE_TREE) != 0)
            return Error::internal(gitMessage());
        for (const auto &[name, id] : top) {
            if (git_treebuilder_insert(nullptr, builder.get(), name, id, GIT_FILEMODE_BLOB) != 0)
                return Error::internal(gitMessage());
        }
        if (git_treebuilder_write(&rootTree, builder.get()) != 0)
            return Error::internal(gitMessage());
    }
    git_tree *rawTree = nullptr;
    if (git_tree_lookup(&rawTree, repo, &rootTree) != 0)
        return Error::internal(gitMessage());
    Tree tree(rawTree);
    git_signature *rawSig = nullptr;
    if (git_signature_now(&rawSig, "Lambdesk", "lambdesk@localhost") != 0)
        return Error::internal(gitMessage());
    Signature sig(rawSig);
    const QByteArray message =
        (QStringLiteral("Version %1").arg(number)
         + (effectiveDescription.isEmpty() ? QString() : QStringLiteral(": ") + effectiveDescription) + u'\n')
            .toUtf8();
    const git_commit *parents[] = {parent.get()};
    git_oid commitId;
    // The snapshot goes into place before the commit and the tag that make it a version: a
    // kill in between leaves a snapshot no tag names, which the next publish replaces.
    if (auto s = installSnapshot(functionDir, number, staged, true); !s)
        return s.error();
    if (git_commit_create(&commitId, repo, "HEAD", sig.get(), sig.get(), "UTF-8", message.constData(), tree.get(),
                          parent ? 1 : 0, parent ? parents : nullptr)
        != 0)
        return Error::internal(QStringLiteral("Cannot record version %1: %2").arg(number).arg(gitMessage()));
    git_object *commitObj = nullptr;
    if (git_object_lookup(&commitObj, repo, &commitId, GIT_OBJECT_COMMIT) != 0)
        return Error::internal(gitMessage());
    Object target(commitObj);
    git_oid tagId;
    const QByteArray tagName = QStringLiteral("v%1").arg(number).toUtf8();
    const QByteArray tagMessage =
        (effectiveDescription.isEmpty() ? QStringLiteral("Version %1").arg(number) : effectiveDescription).toUtf8()
        + '\n';
    if (git_tag_create(&tagId, repo, tagName.constData(), target.get(), sig.get(), tagMessage.constData(), 0) != 0)
        return Error::internal(QStringLiteral("Cannot tag version %1: %2").arg(number).arg(gitMessage()));
    // The index follows the newest version: `git status` in the folder shows what changed since.
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo) == 0) {
        Index index(rawIndex);
        if (git_index_read_tree(index.get(), tree.get()) == 0)
            git_index_write(index.get());
    }
    auto v = readVersion(functionDir, repo, number);
    if (!v)
        return v.error();
    return Published{std::move(v).value(), true};
}

Status remove(const QString &functionDir, int number)
{
    QMutexLocker lock(&g_lock);
    auto repo = openRepository(functionDir, false);
    if (!repo)
        return repo.error();
    if (!repo.value() || !tagNumbers(repo->get()).contains(number))
        return Error::notFound(
            QStringLiteral("Version %1 of %2 does not exist").arg(number).arg(functionNameOf(functionDir)));
    if (git_tag_delete(repo->get(), QStringLiteral("v%1").arg(number).toUtf8().constData()) != 0)
        return Error::internal(QStringLiteral("Cannot delete the tag of version %1: %2").arg(number).arg(gitMessage()));
    const QString dir = functionDir + QStringLiteral("/versions/") + QString::number(number);
    makeWritable(dir);
    QDir(dir).removeRecursively();
    return Ok{};
}

Status materialise(const QString &functionDir, int number, const QString &stagingDir)
{
    if (QFileInfo(snapshotDir(functionDir, number)).isDir())
        return Ok{};
    QMutexLocker lock(&g_lock);
    auto repo = openRepository(functionDir, false);
    if (!repo)
        return repo.error();
    if (!repo.value())
        return Error::notFound(
            QStringLiteral("Version %1 of %2 does not exist").arg(number).arg(functionNameOf(functionDir)));
    const QString staged = stagingDir + QStringLiteral("/code");
    QDir().mkpath(staged);
    auto tree = treeOfRevision(repo->get(), QStringLiteral("v%1").arg(number));
    if (!tree)
        return unreadable(functionDir, QStringLiteral("tag v%1: %2").arg(number).arg(tree.error().message));
    git_tree_entry *rawCode = nullptr;
    if (git_tree_entry_bypath(&rawCode, tree->get(), "code") == 0) {
        TreeEntry code(rawCode);
        git_tree *rawSub = nullptr;
        if (git_tree_lookup(&rawSub, repo->get(), git_tree_entry_id(code.get())) != 0)
            return unreadable(functionDir, gitMessage());
        Tree sub(rawSub);
        struct Walk
        {
            git_repository *repo;
            QString root;
            bool ok = true;
        } walk{repo->get(), staged};
        git_tree_walk(
            sub.get(), GIT_TREEWALK_PRE,
            [](const char *parent, const git_tree_entry *entry, void *payload) -> int {
                auto *w = static_cast<Walk *>(payload);
                const QString path = w->root + u'/' + QString::fromUtf8(parent)
                    + QString::fromUtf8(git_tree_entry_name(entry));
                const git_filemode_t mode = git_tree_entry_filemode(entry);
                if (mode == GIT_FILEMODE_TREE) {
                    QDir().mkpath(path);
                    return 0;
                }
                git_blob *raw = nullptr;
                if (git_blob_lookup(&raw, w->repo, git_tree_entry_id(entry)) != 0) {
                    w->ok = false;
                    return -1;
                }
                Blob blob(raw);
                const QByteArray content(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                                         qsizetype(git_blob_rawsize(blob.get())));
                if (mode == GIT_FILEMODE_LINK) {
                    w->ok = ::symlink(content.constData(), QFile::encodeName(path).constData()) == 0;
                    return w->ok ? 0 : -1;
                }
                QFile f(path);
                w->ok = f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
                f.close();
                if (mode == GIT_FILEMODE_BLOB_EXECUTABLE)
                    ::chmod(QFile::encodeName(path).constData(), 0755);
                return w->ok ? 0 : -1;
            },
            &walk);
        if (!walk.ok)
            return unreadable(functionDir, QStringLiteral("tag v%1: %2").arg(number).arg(gitMessage()));
    }
    return installSnapshot(functionDir, number, staged);
}

} // namespace lambdesk::versionstore
