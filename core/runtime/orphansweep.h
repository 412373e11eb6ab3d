#pragma once

// Ending what earlier Lambdesk processes left behind: cgroup folders of owners that are gone
// (see ResourceControl::detect) and runtimes recorded in scratch folders
// (ResourceControl::endRecorded, defined in orphansweep.cpp). Internal to core/runtime.
#include <QByteArray>

namespace lambdesk::orphans {

// Folders "lambdesk-*" under `parent` whose owner is gone: what still runs in them (a handler's
// child that outlived a Lambdesk killed with SIGKILL) is ended, then the folders are removed.
// `mount` is the hierarchy's mount point.
void sweepStale(const QByteArray &mount, const QByteArray &parent);

} // namespace lambdesk::orphans
