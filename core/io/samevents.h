// Private to core/io: a function's events and FunctionUrlConfig, and why what is not run locally is not.
#pragma once

#include "samintrinsics.h"

#include <optional>

namespace lambdesk::samtemplate::detail {

QString typeWhy(const QString &type);

QString eventWhy(const QString &type);

// The properties of a function Lambdesk reads; the others are listed with why.
QString propertyWhy(const QString &property);

std::optional<FunctionUrlConfig> readUrl(Resolver &r, const N &v, const QString &fn);

void readEvents(Resolver &r, const N &events, sam::Function &f, sam::Project &project);

} // namespace lambdesk::samtemplate::detail
