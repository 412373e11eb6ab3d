// CPU power follows the memory size.
//
// Lambda gives a function CPU in proportion to its memory size (one full vCPU at
// 1769 MB). The work below is the same on every invocation, so Duration shows
// how much CPU the function got.
import { pbkdf2Sync } from 'node:crypto';

export const handler = async (event, context) => {
  const iterations = Number(event?.iterations ?? 100000);
  const started = performance.now();
  // PBKDF2 repeats SHA-256 `iterations` times: pure CPU work, no waiting.
  const digest = pbkdf2Sync('lesson', 'salt', iterations, 32, 'sha256').toString('hex');
  const workMs = Math.round(performance.now() - started);
  const memory = Number(process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE ?? context.memoryLimitInMB);
  console.log(`${iterations} iterations took ${workMs} ms at ${memory} MB`);
  return { iterations, workMs, memorySizeMB: memory, digest: digest.slice(0, 16) };
};
