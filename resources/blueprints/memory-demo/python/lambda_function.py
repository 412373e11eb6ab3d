"""Memory: the memory size is a hard limit on the whole execution environment.

Memory size (128 MB to 10 GB) is the most memory the process may use, runtime
included. The REPORT line's "Max Memory Used" is the peak actually used. Go
over the limit and the process is killed: no exception you could catch, the
invocation just fails and the next one starts a fresh environment.
"""
import os
import resource

MB = 1024 * 1024
ONE_MB_OF_ONES = b"\x01" * MB


def peak_rss_mb():
    # ru_maxrss is the peak resident memory of this process, in KB on Linux.
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def lambda_handler(event, context):
    megabytes = int(event.get("megabytes", 64))
    limit = int(os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", context.memory_limit_in_mb))
    print(f"Allocating {megabytes} MB with a memory size of {limit} MB; "
          f"process peak so far {peak_rss_mb()} MB")

    blocks = []  # keep a reference to every block so none can be freed
    for i in range(1, megabytes + 1):
        block = bytearray(MB)
        # A fresh bytearray may not occupy physical memory yet (the OS hands
        # out zero pages lazily); writing to it makes every page really resident.
        block[:] = ONE_MB_OF_ONES
        blocks.append(block)
        if i % 16 == 0:
            print(f"  {i} MB allocated, process peak {peak_rss_mb()} MB")

    # When the handler returns, `blocks` is freed; module-level data would not be.
    return {
        "allocatedMB": len(blocks),
        "processPeakMB": peak_rss_mb(),
        "memorySizeMB": limit,
    }
