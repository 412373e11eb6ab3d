#pragma once

#include <QMetaType>
#include <QString>

class QJsonObject;

namespace lambdesk {

// A name for a version of a function (AWS's alias): one version, or two with a share of the
// invocations for the second (RoutingConfig.AdditionalVersionWeights), picked at random per
// invocation.
struct FunctionAlias
{
    QString name;
    QString functionVersion; // "$LATEST" or a version number
    QString description;
    QString additionalVersion;   // empty: every invocation runs functionVersion
    double additionalWeight = 0; // 0 < w < 1 when additionalVersion is set
    QString revisionId;          // a new one on every change

    bool isWeighted() const { return !additionalVersion.isEmpty(); }
    bool uses(const QString &version) const { return functionVersion == version || additionalVersion == version; }
    bool operator==(const FunctionAlias &) const = default;

    QJsonObject toJson() const;
    static FunctionAlias fromJson(const QJsonObject &o);
};

} // namespace lambdesk

Q_DECLARE_METATYPE(lambdesk::FunctionAlias)
