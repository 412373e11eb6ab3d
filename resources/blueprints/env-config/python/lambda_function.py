"""Configuration through environment variables.

Keep settings (stage names, limits, feature flags, table names) out of the
code so the same code runs unchanged in dev and prod. Environment variables
are always strings: convert and check them once, at start-up.
Never put secrets in plain environment variables on AWS; use Secrets Manager
or Parameter Store instead.
"""
import os

# Read once per execution environment (changing configuration on AWS starts
# new environments, so these values cannot change under a running one).
GREETING = os.environ.get("GREETING", "Hello")
STAGE = os.environ.get("STAGE", "dev")
FEATURE_FLAGS = {f.strip() for f in os.environ.get("FEATURE_FLAGS", "").split(",") if f.strip()}

try:
    MAX_ITEMS = int(os.environ.get("MAX_ITEMS", "3"))
except ValueError:
    # Failing here, during init, stops a misconfigured function at once with a
    # clear message instead of letting it misbehave on every request.
    raise ValueError(f"MAX_ITEMS must be a whole number, got {os.environ['MAX_ITEMS']!r}") from None


def lambda_handler(event, context):
    name = event.get("name", "there")
    greeting = f"{GREETING}, {name}!"
    if "shout" in FEATURE_FLAGS:
        greeting = greeting.upper()

    items = event.get("items", [])
    result = {
        "stage": STAGE,
        "greeting": greeting,
        "items": items[:MAX_ITEMS],
        "truncated": len(items) > MAX_ITEMS,
        "featureFlags": sorted(FEATURE_FLAGS),
    }
    if "show-runtime" in FEATURE_FLAGS:
        # Variables Lambda sets for every function (you cannot override these).
        result["runtime"] = {
            "functionName": os.environ.get("AWS_LAMBDA_FUNCTION_NAME"),
            "functionVersion": os.environ.get("AWS_LAMBDA_FUNCTION_VERSION"),
            "memorySizeMB": os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"),
            "region": os.environ.get("AWS_REGION"),
        }
    print(f"[{STAGE}] {greeting} ({len(result['items'])} of {len(items)} items)")
    return result
