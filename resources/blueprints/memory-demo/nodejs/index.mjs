// Memory: the memory size is a hard limit on the whole execution environment.
//
// Memory size (128 MB to 10 GB) is the most memory the process may use, runtime
// included. The REPORT line's "Max Memory Used" is the peak actually used. Go
// over the limit and the process is killed: no exception you could catch, the
// invocation just fails and the next one starts a fresh environment.

const MB = 1024 * 1024;

// maxRSS is the peak resident memory of this process, in KB.
const peakRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

export const handler = async (event, context) => {
  const megabytes = Number(event.megabytes ?? 64);
  const limit = Number(process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE ?? 128);
  console.log(`Allocating ${megabytes} MB with a memory size of ${limit} MB; ` +
              `process peak so far ${peakRssMB()} MB`);

  const blocks = []; // keep a reference to every block so none can be freed
  for (let i = 1; i <= megabytes; i++) {
    // fill(1) writes every byte, so the memory is really resident, not just reserved.
    blocks.push(Buffer.alloc(MB).fill(1));
    if (i % 16 === 0) {
      console.log(`  ${i} MB allocated, process peak ${peakRssMB()} MB`);
    }
  }

  // When the handler returns, `blocks` can be garbage-collected; module-level data would not be.
  return {
    allocatedMB: blocks.length,
    processPeakMB: peakRssMB(),
    memorySizeMB: limit,
  };
};
