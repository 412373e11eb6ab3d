#include "functionalias.h"

#include <QJsonObject>

namespace lambdesk {

QJsonObject FunctionAlias::toJson() const
{
    QJsonObject o{{QStringLiteral("Name"), name},
                  {QStringLiteral("FunctionVersion"), functionVersion},
                  {QStringLiteral("Description"), description},
                  {QStringLiteral("RevisionId"), revisionId}};
    if (isWeighted())
        o.insert(QStringLiteral("RoutingConfig"),
                 QJsonObject{
                     {QStringLiteral("AdditionalVersionWeights"), QJsonObject{{additionalVersion, additionalWeight}}}});
    return o;
}

FunctionAlias FunctionAlias::fromJson(const QJsonObject &o)
{
    FunctionAlias a;
    a.name = o.value(QStringLiteral("Name")).toString();
    a.functionVersion = o.value(QStringLiteral("FunctionVersion")).toString();
    a.description = o.value(QStringLiteral("Description")).toString();
    a.revisionId = o.value(QStringLiteral("RevisionId")).toString();
    const QJsonObject weights =
        o.value(QStringLiteral("RoutingConfig")).toObject().value(QStringLiteral("AdditionalVersionWeights")).toObject();
    if (!weights.isEmpty()) {
        a.additionalVersion = weights.begin().key();
        a.additionalWeight = weights.begin().value().toDouble();
    }
    return a;
}

} // namespace lambdesk
