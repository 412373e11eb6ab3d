#pragma once

// What the commands of commandline.cpp share: the option reader and starting a backend.

#include "commandline.h"
#include "model/error.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTextStream;

namespace lambdesk {
class Backend;
struct LoadPlan;
} // namespace lambdesk

namespace lambdesk::cli {

// A small option reader: "--name value" and "--name=value", repeated options, positionals.
class Args
{
public:
    explicit Args(const QStringList &args) : m_args(args) {}

    // Parses against the options that take a value; false with a message on anything unknown.
    bool parse(const QStringList &valued, const QStringList &flags, QString *error)
    {
        for (qsizetype i = 0; i < m_args.size(); ++i) {
            QString a = m_args.at(i);
            if (!a.startsWith(QLatin1String("--")) || a == u"--") {
                m_positional.append(a);
                continue;
            }
            QString value;
            bool hasValue = false;
            if (const qsizetype eq = a.indexOf(u'='); eq > 0) {
                value = a.mid(eq + 1);
                a = a.left(eq);
                hasValue = true;
            }
            const QString name = a.mid(2);
            if (flags.contains(name)) {
                m_values[name].append(QStringLiteral("1"));
                continue;
            }
            if (!valued.contains(name)) {
                *error = QStringLiteral("unknown option %1").arg(a);
                return false;
            }
            if (!hasValue) {
                if (i + 1 >= m_args.size()) {
                    *error = QStringLiteral("option %1 needs a value").arg(a);
                    return false;
                }
                value = m_args.at(++i);
            }
            m_values[name].append(value);
        }
        return true;
    }
    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }
    const QStringList &positional() const { return m_positional; }

private:
    QStringList m_args;
    QStringList m_positional;
    QMap<QString, QStringList> m_values;
};

// The option's value as a whole number, or nothing (the error, naming `field`, on `err`).
std::optional<int> intOption(const Args &a, const QString &name, const QString &field, QTextStream &err);
// Starts a backend on this thread for a one-shot command, or says why not (`exitCode` set).
std::unique_ptr<Backend> startBackend(const QString &workspace, QTextStream &err, int *exitCode);
// The exit status of a command that failed with `e`.
int exitFor(const Error &e);
// invoke NAME --repeat N --concurrency C | --ramp C1:C2 (loadcommand.cpp).
int cmdLoad(const Args &a, LoadPlan plan, const QString &workspace, QTextStream &out, QTextStream &err);
// create NAME --runtime R ... (createcommand.cpp).
int cmdCreate(const Args &a, const QString &workspace, QTextStream &out, QTextStream &err);
// invoke NAME[:QUALIFIER] ... (invokecommand.cpp); with --concurrency or --ramp, cmdLoad.
int cmdInvoke(const Args &a, const QString &workspace, QTextStream &out, QTextStream &err);

} // namespace lambdesk::cli
