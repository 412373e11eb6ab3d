// Memory: the memory size is a hard limit on the whole execution environment.
//
// Memory size (128 MB to 10 GB) is the most memory the environment may use, runtime
// included. The REPORT line's "Max Memory Used" is the peak it used, never more than the
// memory size. Go over the limit and the process is killed: no exception you could catch;
// the invocation fails with Runtime.OutOfMemory ("Runtime exited with error: signal:
// killed") and the next one starts a fresh environment.
//
// What the log's figures measure (from /proc/self/status, as on Lambda's Linux):
//   resident  this process's memory in RAM (its resident set); its peak is the
//             "Max Memory Used" of an invocation that finishes;
//   own       the part only this process uses: the blocks allocated here, the JS heap;
//   shared    files mapped into memory that other processes use too, above all the
//             Node.js runtime's own code.
// On Lambda every page of the environment counts. On your machine the runtime's code is
// usually in memory already for other programs and is not charged to the function again, so
// the limit catches the "own" part: "resident" can pass the memory size just before the kill.

import { readFileSync } from 'node:fs';

const MB = 1024 * 1024;
const PAGE = 4096;

const statusMB = () => {
  const kB = {};
  for (const line of readFileSync('/proc/self/status', 'utf8').split('\n')) {
    const m = /^(\w+):\s+(\d+) kB/.exec(line);
    if (m) kB[m[1]] = Number(m[2]);
  }
  const mb = (k) => Math.round((k ?? 0) / 1024);
  return { resident: mb(kB.VmRSS), own: mb(kB.RssAnon), shared: mb((kB.RssFile ?? 0) + (kB.RssShmem ?? 0)),
           peak: mb(kB.VmHWM) };
};

const describe = () => {
  const m = statusMB();
  return `resident ${m.resident} MB (own ${m.own} MB + shared ${m.shared} MB)`;
};

// The kernel hands out memory a page (4 KB) at a time, when it is first written: one byte
// per page makes the whole block resident, with as little work as possible.
const allocateOneMegabyte = () => {
  const block = Buffer.allocUnsafe(MB);
  for (let offset = 0; offset < MB; offset += PAGE) block[offset] = 1;
  return block;
};

export const handler = async (event, context) => {
  const megabytes = Number(event.megabytes ?? 64);
  const limit = Number(process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE ?? context.memoryLimitInMB);
  console.log(`Allocating ${megabytes} MB with a memory size of ${limit} MB; now ${describe()}`);
  console.log('(resident: this process\'s memory in RAM; own: the part only it uses; ' +
              'shared: files other processes map too, the runtime\'s code)');

  const blocks = []; // keep a reference to every block so none can be freed
  for (let i = 1; i <= megabytes; i++) {
    blocks.push(allocateOneMegabyte());
    if (i % 16 === 0) console.log(`  ${i} MB allocated; ${describe()}`);
  }

  // When the handler returns, `blocks` can be garbage-collected; module-level data would not be.
  return {
    allocatedMB: blocks.length,
    processPeakMB: statusMB().peak,
    memorySizeMB: limit,
  };
};
