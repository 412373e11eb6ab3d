#pragma once

namespace lambdesk {

class ApiServerController;
class BackendHost;
class DebugController;
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
    DebugController *debugger = nullptr; // the console's debug session (null: no Debug buttons)
};

} // namespace lambdesk
