#pragma once

// Fake interpreters for the tests of runtime detection: scripts that answer the probe as
// python3 does (their path, their version) and count their runs, optionally held at a gate
// the test opens; and shims that exec them, as pyenv's do.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fakeinterpreter {

// A gate: a FIFO the test holds open for reading and writing, so that the interpreter's open
// never blocks, its read waits for open(), and what open() writes waits in the pipe for an
// interpreter that has not started yet. One open() lets one run through.
class Gate
{
public:
    explicit Gate(const QString &path) : m_path(path)
    {
        if (::mkfifo(QFile::encodeName(path).constData(), 0600) == 0)
            m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR);
    }
    ~Gate()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Gate(const Gate &) = delete;
    Gate &operator=(const Gate &) = delete;
    bool isValid() const { return m_fd >= 0; }
    QString path() const { return m_path; }
    bool open() const { return ::write(m_fd, "go\n", 3) == 3; }

private:
    QString m_path;
    int m_fd = -1;
};

inline bool makeExecutable(QFile &f)
{
    return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

// Counts its runs in <path>.runs; with a gate, waits at it before answering.
inline bool write(const QString &path, const QByteArray &version, const QString &gate = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("#!/bin/sh\necho run >> '" + path.toUtf8() + ".runs'\n");
    if (!gate.isEmpty())
        f.write("read line < '" + gate.toUtf8() + "'\n");
    f.write("echo '" + path.toUtf8() + "'\necho " + version + "\n");
    f.close();
    return makeExecutable(f);
}

// A version manager's shim: a script that counts its runs and execs the real interpreter.
inline bool writeShim(const QString &path, const QString &target)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("#!/bin/sh\necho run >> '" + path.toUtf8() + ".runs'\nexec '" + target.toUtf8() + "' \"$@\"\n");
    f.close();
    return makeExecutable(f);
}

inline int runsOf(const QString &path)
{
    QFile f(path + QStringLiteral(".runs"));
    return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
}

} // namespace fakeinterpreter
