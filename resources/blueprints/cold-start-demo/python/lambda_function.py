"""Cold starts: what runs once per environment, and what runs per invocation.

Everything at module level (imports, globals, the table below) runs ONCE, when
Lambda starts a new execution environment. That time is reported as
"Init Duration" on the first REPORT line only. The environment is then reused
("warm") for later invocations, and module-level state is still there.
"""
import hashlib
import os
import time

INIT_STARTED = time.time()

# --- Expensive initialisation ------------------------------------------------
# Real functions do slow setup here: create SDK clients, load config, open
# database connections, load an ML model. We fill a lookup table of derived
# keys (PBKDF2 is slow on purpose), and keep going until ~200 ms have passed
# so the effect is easy to see on any machine. The table stays small (at most
# 20,000 entries of 32 bytes), well inside the memory size.
INIT_TARGET_SECONDS = 0.2
MAX_ENTRIES = 20000
LOOKUP = {}
while time.time() - INIT_STARTED < INIT_TARGET_SECONDS and len(LOOKUP) < MAX_ENTRIES:
    n = len(LOOKUP)
    LOOKUP[n] = hashlib.pbkdf2_hmac("sha256", b"demo-password", str(n).encode(), 1000)

INIT_MS = round((time.time() - INIT_STARTED) * 1000)
print(f"Init: built a lookup table of {len(LOOKUP)} entries in {INIT_MS} ms")

# Per-environment state: lives as long as this environment stays warm.
invocation_count = 0


def lambda_handler(event, context):
    global invocation_count
    invocation_count += 1
    cold_start = invocation_count == 1

    print("COLD start: this environment was just created" if cold_start
          else f"WARM start: invocation #{invocation_count} in this environment")

    return {
        "invocationCount": invocation_count,
        "coldStart": cold_start,
        "environmentAge_ms": round((time.time() - INIT_STARTED) * 1000),
        "initWork_ms": INIT_MS,
        "lookupTableSize": len(LOOKUP),
        "processId": os.getpid(),  # the same process serves every warm invocation
    }
