"""CPU power follows the memory size.

Lambda gives a function CPU in proportion to its memory size (one full vCPU at
1769 MB). The work below is the same on every invocation, so Duration shows
how much CPU the function got.
"""
import hashlib
import os
import time


def lambda_handler(event, context):
    iterations = int(event.get("iterations", 100000))
    started = time.perf_counter()
    # PBKDF2 repeats SHA-256 `iterations` times: pure CPU work, no waiting.
    digest = hashlib.pbkdf2_hmac("sha256", b"lesson", b"salt", iterations).hex()
    elapsed_ms = round((time.perf_counter() - started) * 1000)
    memory = int(os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", context.memory_limit_in_mb))
    print(f"{iterations} iterations took {elapsed_ms} ms at {memory} MB")
    return {"iterations": iterations, "workMs": elapsed_ms, "memorySizeMB": memory, "digest": digest[:16]}
