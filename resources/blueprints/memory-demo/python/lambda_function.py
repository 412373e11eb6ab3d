"""Memory: the memory size is a hard limit on the whole execution environment.

Memory size (128 MB to 10 GB) is the most memory the environment may use, runtime
included. The REPORT line's "Max Memory Used" is the peak it used, never more than the
memory size. Go over the limit and the process is killed: no exception you could catch;
the invocation fails with Runtime.OutOfMemory ("Runtime exited with error: signal:
killed") and the next one starts a fresh environment.

What the log's figures measure (from /proc/self/status, as on Lambda's Linux):
  resident  this process's memory in RAM (its resident set); its peak is the
            "Max Memory Used" of an invocation that finishes;
  own       the part only this process uses: the blocks allocated here, Python's objects;
  shared    files mapped into memory that other processes use too, above all the
            Python interpreter's own code and libraries.
On Lambda every page of the environment counts. On your machine the interpreter's code is
usually in memory already for other programs and is not charged to the function again, so
the limit catches the "own" part: "resident" can pass the memory size just before the kill.
"""
import os

MB = 1024 * 1024
PAGE = 4096
ONE_PER_PAGE = b"\x01" * (MB // PAGE)


def status_mb():
    kb = {}
    with open("/proc/self/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            if value.strip().endswith(" kB"):
                kb[key] = int(value.split()[0])
    mb = lambda k: round(k / 1024)
    return {"resident": mb(kb.get("VmRSS", 0)), "own": mb(kb.get("RssAnon", 0)),
            "shared": mb(kb.get("RssFile", 0) + kb.get("RssShmem", 0)), "peak": mb(kb.get("VmHWM", 0))}


def describe():
    m = status_mb()
    return f"resident {m['resident']} MB (own {m['own']} MB + shared {m['shared']} MB)"


def allocate_one_megabyte():
    # The kernel hands out memory a page (4 KB) at a time, when it is first written: one
    # byte per page makes the whole block resident, with as little work as possible.
    block = bytearray(MB)
    block[::PAGE] = ONE_PER_PAGE
    return block


def lambda_handler(event, context):
    megabytes = int(event.get("megabytes", 64))
    limit = int(os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", context.memory_limit_in_mb))
    print(f"Allocating {megabytes} MB with a memory size of {limit} MB; now {describe()}")
    print("(resident: this process's memory in RAM; own: the part only it uses; "
          "shared: files other processes map too, the runtime's code)")

    blocks = []  # keep a reference to every block so none can be freed
    for i in range(1, megabytes + 1):
        blocks.append(allocate_one_megabyte())
        if i % 16 == 0:
            print(f"  {i} MB allocated; {describe()}")

    # When the handler returns, `blocks` is freed; module-level data would not be.
    return {
        "allocatedMB": len(blocks),
        "processPeakMB": status_mb()["peak"],
        "memorySizeMB": limit,
    }
