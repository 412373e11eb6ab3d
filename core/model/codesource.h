#pragma once

#include "model/functionconfig.h"

#include <QByteArray>
#include <QString>

namespace lambdesk {

// Where a function's code comes from.
struct CodeSource
{
    enum class Kind { Blank, Directory, Blueprint, Zip };
    Kind kind = Kind::Blank;
    QString path;        // Directory
    QString blueprintId; // Blueprint
    QByteArray zip;      // Zip: the archive's bytes

    static CodeSource blank() { return {}; }
    static CodeSource directory(QString dir) { return {Kind::Directory, std::move(dir), {}, {}}; }
    static CodeSource blueprint(QString id) { return {Kind::Blueprint, {}, std::move(id), {}}; }
    static CodeSource fromZip(QByteArray bytes) { return {Kind::Zip, {}, {}, std::move(bytes)}; }
};

// The answer to a user action that changes a function: what it is now and what happened, so
// that nobody has to infer it from signals.
struct FunctionUpdate
{
    FunctionConfig config;       // the function after the action
    bool changed = false;        // its code or configuration differs from before
    int environmentsRetired = 0; // environments that will not run again (the next invocation starts cold)
    QString path;                // code-path actions: the path as it is now (a rename: the new one)
};

} // namespace lambdesk
