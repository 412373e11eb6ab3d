#pragma once

namespace lambdesk {

class ApiServerController;
class BackendHost;
class InvocationController;
class Settings;

// What every page needs: the backend (through its host: never called across threads
// directly), the typed settings, and the shared invocation controller.
struct ConsoleContext
{
    BackendHost *host = nullptr;
    Settings *settings = nullptr;
    InvocationController *invocations = nullptr;
    ApiServerController *api = nullptr; // the Lambda API's port: where function URLs answer
};

} // namespace lambdesk
