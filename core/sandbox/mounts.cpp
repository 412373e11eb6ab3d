// The new root of the sandbox: a tmpfs with the host's system folders bound read-only, the
// --bind entries, a sized /tmp, a new /proc, a minimal /dev; then pivot_root and read-only.
#include "sandbox.h"

#include <cerrno>
#include <cstdint>
#include <cstring>

#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace sandbox {

std::string Failure::text() const
{
    return what + ": " + std::strerror(err);
}

namespace {

// mount_setattr(2) (Linux 5.12): glibc 2.36's header and <linux/mount.h> do not mix, so the
// few names it needs are spelt here.
struct MountAttr
{
    uint64_t attrSet, attrClr, propagation, usernsFd;
};
constexpr uint64_t kMountAttrRdonly = 0x1;
constexpr uint64_t kMountAttrNosuid = 0x2;
constexpr uint64_t kMountAttrNodev = 0x4;
constexpr unsigned kAtRecursive = 0x8000;

bool fail(Failure &f, std::string what)
{
    f.err = errno;
    f.what = std::move(what);
    return false;
}

// Makes the mount at `path` read-only, nosuid and nodev: the whole tree below it where the
// kernel can (mount_setattr), else the mount itself with a bind remount that keeps its other
// flags (a user namespace refuses a remount that would clear noexec or the time flags).
bool makeReadOnly(const std::string &path, Failure &f)
{
#ifdef SYS_mount_setattr
    MountAttr attr{kMountAttrRdonly | kMountAttrNosuid | kMountAttrNodev, 0, 0, 0};
    if (::syscall(SYS_mount_setattr, AT_FDCWD, path.c_str(), kAtRecursive, &attr, sizeof attr) == 0)
        return true;
    if (errno != ENOSYS)
        return fail(f, "mount_setattr(read-only) " + path);
#endif
    struct statvfs sv;
    if (::statvfs(path.c_str(), &sv) != 0)
        return fail(f, "statvfs " + path);
    unsigned long flags = MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV;
    if (sv.f_flag & ST_NOEXEC)
        flags |= MS_NOEXEC;
    if (sv.f_flag & ST_NOATIME)
        flags |= MS_NOATIME;
    if (sv.f_flag & ST_NODIRATIME)
        flags |= MS_NODIRATIME;
    if (sv.f_flag & ST_RELATIME)
        flags |= MS_RELATIME;
    if (::mount(nullptr, path.c_str(), nullptr, flags, nullptr) != 0)
        return fail(f, "remount read-only " + path);
    return true;
}

// mkdir -p of `path` (absolute, inside the new root already prefixed).
bool makeDirs(const std::string &path, size_t from, Failure &f)
{
    for (size_t i = from; i <= path.size(); ++i) {
        if (i != path.size() && path[i] != '/')
            continue;
        if (i == 0)
            continue;
        const std::string part = path.substr(0, i);
        if (::mkdir(part.c_str(), 0755) != 0 && errno != EEXIST)
            return fail(f, "mkdir " + part);
    }
    return true;
}

bool makeFile(const std::string &path, Failure &f)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return fail(f, "create " + path);
    ::close(fd);
    return true;
}

// Binds host `src` at `dst` (created: a folder or an empty file as src is), read-only.
bool bindReadOnly(const std::string &src, const std::string &dst, size_t rootLen, Failure &f)
{
    struct stat st;
    if (::stat(src.c_str(), &st) != 0)
        return fail(f, "stat " + src);
    if (S_ISDIR(st.st_mode)) {
        if (!makeDirs(dst, rootLen, f))
            return false;
    } else {
        const size_t slash = dst.rfind('/');
        if (!makeDirs(dst.substr(0, slash), rootLen, f) || !makeFile(dst, f))
            return false;
    }
    if (::mount(src.c_str(), dst.c_str(), nullptr, MS_BIND | MS_REC, nullptr) != 0)
        return fail(f, "bind " + src);
    return makeReadOnly(dst, f);
}

bool copyFile(const std::string &src, const std::string &dst, uid_t uid, gid_t gid, Failure &f)
{
    const int in = ::open(src.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return errno == ENOENT ? true : fail(f, "open " + src);
    const int out = ::open(dst.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (out < 0) {
        ::close(in);
        return fail(f, "create " + dst);
    }
    char buf[16384];
    ssize_t n;
    bool ok = true;
    while ((n = ::read(in, buf, sizeof buf)) > 0) {
        for (ssize_t off = 0; off < n;) {
            const ssize_t w = ::write(out, buf + off, size_t(n - off));
            if (w < 0) {
                ok = fail(f, "write " + dst);
                break;
            }
            off += w;
        }
        if (!ok)
            break;
    }
    if (ok && n < 0)
        ok = fail(f, "read " + src);
    ::close(in);
    if (ok && ::fchown(out, uid, gid) != 0)
        ok = fail(f, "chown " + dst);
    ::close(out);
    return ok;
}

} // namespace

int setUpLoopback(int port, Failure &f)
{
    const int s = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (s < 0)
        return fail(f, "socket"), -1;
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
    if (::ioctl(s, SIOCGIFFLAGS, &ifr) != 0) {
        fail(f, "ioctl(SIOCGIFFLAGS lo)");
        ::close(s);
        return -1;
    }
    ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
    if (::ioctl(s, SIOCSIFFLAGS, &ifr) != 0) {
        fail(f, "ioctl(SIOCSIFFLAGS lo up)");
        ::close(s);
        return -1;
    }
    ::close(s);
    if (port <= 0)
        return -2;
    const int l = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (l < 0)
        return fail(f, "socket"), -1;
    const int one = 1;
    ::setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(uint16_t(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(l, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(l, 128) != 0) {
        fail(f, "listen on 127.0.0.1:" + std::to_string(port) + " inside");
        ::close(l);
        return -1;
    }
    return l;
}

bool buildRoot(const Options &o, bool userNamespace, Failure &f)
{
    // Nothing done here may reach the host's mount table.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return fail(f, "make mounts private");
    std::string root = o.root;
    while (root.size() > 1 && root.back() == '/')
        root.pop_back();
    const size_t rootLen = root.size();
    if (::mount("tmpfs", root.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755,size=16m") != 0)
        return fail(f, "mount tmpfs at " + root);

    // The host's system folders: merged-usr symlinks recreated, real folders bound read-only.
    for (const char *dir : {"/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"}) {
        struct stat st;
        if (::lstat(dir, &st) != 0)
            continue;
        const std::string inside = root + dir;
        if (S_ISLNK(st.st_mode)) {
            char target[4096];
            const ssize_t n = ::readlink(dir, target, sizeof target - 1);
            if (n < 0)
                return fail(f, std::string("readlink ") + dir);
            target[n] = 0;
            if (::symlink(target, inside.c_str()) != 0)
                return fail(f, "symlink " + inside);
        } else if (S_ISDIR(st.st_mode)) {
            if (!bindReadOnly(dir, inside, rootLen, f))
                return false;
        }
    }
    for (const char *dir : {"/usr", "/etc"})
        if (!bindReadOnly(dir, root + dir, rootLen, f))
            return false;
    for (const Bind &b : o.binds)
        if (!bindReadOnly(b.src, root + b.dst, rootLen, f))
            return false;

    // /tmp: exactly the ephemeral storage.
    const std::string tmp = root + "/tmp";
    if (::mkdir(tmp.c_str(), 0755) != 0 && errno != EEXIST)
        return fail(f, "mkdir " + tmp);
    const std::string tmpOptions = "mode=1777,size=" + std::to_string(o.tmpMb) + "m";
    if (::mount("tmpfs", tmp.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, tmpOptions.c_str()) != 0)
        return fail(f, "mount tmpfs /tmp (" + tmpOptions + ")");
    if (!userNamespace && ::chmod(tmp.c_str(), 01777) != 0) // tmpfs applies mode= already; umask-proof
        return fail(f, "chmod /tmp");

    // /proc of the new PID namespace.
    const std::string proc = root + "/proc";
    if (::mkdir(proc.c_str(), 0555) != 0)
        return fail(f, "mkdir " + proc);
    if (::mount("proc", proc.c_str(), "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr) != 0)
        return fail(f, "mount proc");

    // /dev: the harmless devices bound from the host, the fd symlinks; no /dev/shm (AWS has none).
    const std::string dev = root + "/dev";
    if (::mkdir(dev.c_str(), 0755) != 0)
        return fail(f, "mkdir " + dev);
    if (::mount("tmpfs", dev.c_str(), "tmpfs", MS_NOSUID | MS_NOEXEC, "mode=0755,size=64k") != 0)
        return fail(f, "mount tmpfs /dev");
    for (const char *name : {"null", "zero", "full", "random", "urandom", "tty"}) {
        const std::string host = std::string("/dev/") + name;
        const std::string inside = dev + "/" + name;
        if (::access(host.c_str(), F_OK) != 0)
            continue;
        if (!makeFile(inside, f))
            return false;
        if (::mount(host.c_str(), inside.c_str(), nullptr, MS_BIND, nullptr) != 0)
            return fail(f, "bind " + host);
    }
    const char *links[][2] = {{"/proc/self/fd", "fd"},
                              {"/proc/self/fd/0", "stdin"},
                              {"/proc/self/fd/1", "stdout"},
                              {"/proc/self/fd/2", "stderr"}};
    for (const auto &l : links)
        if (::symlink(l[0], (dev + "/" + l[1]).c_str()) != 0)
            return fail(f, std::string("symlink /dev/") + l[1]);

    // ~/.aws shared read-only for SDKs inside handlers.
    if (!o.awsConfig.empty()) {
        const std::string home = root + "/home/sbx_user1051";
        const std::string aws = home + "/.aws";
        if (!makeDirs(aws, rootLen, f))
            return false;
        if (::chown(home.c_str(), o.uid, o.gid) != 0 || ::chown(aws.c_str(), o.uid, o.gid) != 0
            || ::chmod(aws.c_str(), 0700) != 0)
            return fail(f, "chown " + aws);
        for (const char *name : {"/config", "/credentials"})
            if (!copyFile(o.awsConfig + name, aws + name, o.uid, o.gid, f))
                return false;
    }

    // The working directory exists even when nothing is bound there (made in the new root's
    // own tmpfs only: never through a system folder's symlink).
    bool ownFolder = true;
    for (const char *system : {"/usr", "/etc", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/proc", "/dev"})
        if (o.chdir.compare(0, std::strlen(system), system) == 0
            && (o.chdir.size() == std::strlen(system) || o.chdir[std::strlen(system)] == '/'))
            ownFolder = false;
    if (ownFolder && !makeDirs(root + o.chdir, rootLen, f))
        return false;

    // Into the new root; the host's goes away.
    if (::chdir(root.c_str()) != 0)
        return fail(f, "chdir " + root);
    if (::syscall(SYS_pivot_root, ".", ".") != 0)
        return fail(f, "pivot_root " + root);
    if (::umount2(".", MNT_DETACH) != 0)
        return fail(f, "detach the old root");
    if (::chdir("/") != 0)
        return fail(f, "chdir /");
    if (::mount(nullptr, "/", nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr) != 0)
        return fail(f, "remount / read-only");
    return true;
}

} // namespace sandbox
