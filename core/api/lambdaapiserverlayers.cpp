// LambdaApiServer: PublishLayerVersion, GetLayerVersion(ByArn), ListLayers, ListLayerVersions,
// DeleteLayerVersion (api/layersapi.h) against the Backend.
#include "backend.h"
#include "lambdaapiexchange.h"
#include "lambdaapiserver.h"
#include "layersapi.h"
#include "responses.h"

#include <QPointer>
#include <QUrl>

namespace lambdesk {

using namespace api;

void LambdaApiServer::layersRequest(const ExchangePtr &ex, const HttpRequest &http)
{
    auto parsed = layers::parse(http);
    if (!parsed) {
        send(*ex, responses::error(parsed.error()));
        return;
    }
    layers::Request r = std::move(parsed).value();
    ex->call.operation = layers::operationName(r.kind);
    const auto fail = [](const Error &e) { return responses::error(ApiError::fromError(e)); };
    const auto arnOf = [this](const QString &name) { return m_backend->layerArn(name); };
    const auto location = [this](const LayerVersion &l) {
        const QString zip = m_backend->layerZipPath(l.layerName, l.version);
        return zip.isEmpty() ? QString() : QUrl::fromLocalFile(zip).toString();
    };
    HttpReply reply;
    switch (r.kind) {
    case layers::Kind::Publish: {
        QPointer<LambdaApiServer> self(this);
        m_backend->publishLayerVersion(r.publish, [self, ex, location](Result<LayerVersion> l) {
            if (!self)
                return;
            self->send(*ex, l ? responses::json(201, layers::versionJson(l.value(),
                                                                         self->m_backend->layerArn(l->layerName),
                                                                         location(l.value())))
                              : responses::error(ApiError::fromError(l.error())));
        });
        return;
    }
    case layers::Kind::Get:
    case layers::Kind::GetByArn: {
        const auto l = m_backend->getLayerVersion(r.layerName, r.version);
        reply = l ? responses::json(200, layers::versionJson(l.value(), arnOf(l->layerName), location(l.value())))
                  : fail(l.error());
        break;
    }
    case layers::Kind::Delete: {
        const auto s = m_backend->deleteLayerVersion(r.layerName, r.version);
        reply = s ? responses::noContent() : fail(s.error());
        break;
    }
    case layers::Kind::ListVersions: {
        const auto list = m_backend->listLayerVersions(r.layerName);
        reply = list ? responses::json(200, layers::listVersionsJson(list.value(), r, arnOf)) : fail(list.error());
        break;
    }
    case layers::Kind::List: {
        auto latest = m_backend->listLayers();
        if (!latest) {
            reply = fail(latest.error());
            break;
        }
        // With a filter: each layer's newest version that matches it (AWS's LatestMatchingVersion).
        QList<LayerVersion> matching;
        for (const LayerVersion &l : latest.value()) {
            if (layers::matches(l, r)) {
                matching.append(l);
                continue;
            }
            const auto versions = m_backend->listLayerVersions(l.layerName);
            if (!versions)
                continue;
            for (const LayerVersion &v : versions.value()) {
                if (layers::matches(v, r)) {
                    matching.append(v);
                    break;
                }
            }
        }
        reply = responses::json(200, layers::listLayersJson(matching, r, arnOf));
        break;
    }
    }
    send(*ex, std::move(reply));
}

} // namespace lambdesk
