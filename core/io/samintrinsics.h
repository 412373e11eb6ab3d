// Private to core/io: the template tree (N) and its intrinsic-function Resolver, shared by the sam*.cpp files.
#pragma once

#include "io/samtemplate.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace lambdesk::samtemplate::detail {

// The template as a plain tree that keeps each node's position and tag (yaml-cpp's nodes are
// shared references whose assignment aliases: merging Globals into them would change the
// Globals themselves). The resolved tree is the same type, without tags.
struct NEntry;

struct N
{
    enum Kind { Null, Scalar, Seq, Map, NoValue };
    Kind kind = Null;
    QString tag; // "!Ref", "!Sub", ... (raw nodes only)
    QString s;
    std::vector<N> seq;
    // Entries in the template's order. NEntry, not std::pair<QString, N>: a pair of the type
    // being defined is incomplete here, which clang (the fuzz build) refuses; a plain struct
    // asks nothing of N until N is complete.
    std::vector<NEntry> map;
    int line = 0, col = 0; // 1-based
    QString refOf;         // resolved from a Ref to this resource (layers use it)

    const N *get(const QString &key) const;
    bool isScalar() const { return kind == Scalar || kind == Null; }
};

struct NEntry
{
    QString first;
    N second;
};

inline const N *N::get(const QString &key) const
{
    for (const auto &[k, v] : map)
        if (k == key)
            return &v;
    return nullptr;
}

N scalar(QString s, const N &at);

struct Fail
{
    Error error;
};

struct Resource
{
    QString type;
    const N *node = nullptr; // the resource's map
};

bool isIntrinsicKey(const QString &k);

// A map that is one intrinsic function in its long form ({"Fn::Sub": ...}).
bool isIntrinsicMap(const N &n);

bool isPlainMap(const N &n);

class Resolver
{
public:
    QString file; // for messages: the template's path as given
    QString dir;  // the template's folder
    Options options;
    QString stackName;
    QMap<QString, N> params;
    const N *mappings = nullptr;
    const N *conditions = nullptr;
    QMap<QString, Resource> resources;
    QHash<QString, bool> conditionValues;
    QSet<QString> conditionsEvaluating;
    QSet<QString> namesResolving;
    int inCondition = 0;

    [[noreturn]] void fail(const N &at, const QString &field, const QString &message) const
    {
        throw Fail{Error::invalid(field, QStringLiteral("%1:%2:%3: %4").arg(file).arg(at.line).arg(at.col).arg(message))};
    }

    QString where(const N &at) const { return QStringLiteral("%1:%2:%3").arg(file).arg(at.line).arg(at.col); }

    QString str(const N &n, const QString &what) const;

    N resolve(const N &n);

    const N &args(const N &arg, const QString &fn, int count);

    bool truth(const N &v, const QString &fn);

    N boolean(bool b, const N &at) { return scalar(b ? QStringLiteral("true") : QStringLiteral("false"), at); }

    N intrinsic(const QString &fn, const N &arg, const N &at);

    bool condition(const QString &name, const N &at);

    QString pseudo(const QString &name, bool *found) const;

    QString resourceName(const QString &id, const QString &property);

    bool isFunction(const QString &type) const
    {
        return type == u"AWS::Serverless::Function" || type == u"AWS::Lambda::Function";
    }
    bool isLayer(const QString &type) const
    {
        return type == u"AWS::Serverless::LayerVersion" || type == u"AWS::Lambda::LayerVersion";
    }

    N ref(const QString &name, const N &at);

    N getAtt(const QString &id, const QString &attr, const N &at);

    QString subVariable(const QString &var, const QMap<QString, N> &vars, const N &at);

    QString joined(const N &v, const N &at);

    N sub(const N &arg, const N &at);
};

int toInt(Resolver &r, const N &v, const QString &field, int min, int max);

bool toBool(Resolver &r, const N &v, const QString &field);

QStringList toList(Resolver &r, const N &v, const QString &field);

} // namespace lambdesk::samtemplate::detail
