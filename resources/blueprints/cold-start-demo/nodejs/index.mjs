// Cold starts: what runs once per environment, and what runs per invocation.
//
// Everything at module level (imports, constants, the table below) runs ONCE,
// when Lambda starts a new execution environment. That time is reported as
// "Init Duration" on the first REPORT line only. The environment is then reused
// ("warm") for later invocations, and module-level state is still there.
import { pbkdf2Sync } from 'node:crypto';

const INIT_STARTED = Date.now();

// --- Expensive initialisation ----------------------------------------------
// Real functions do slow setup here: create SDK clients, load config, open
// database connections, load an ML model. We fill a lookup table of derived
// keys (PBKDF2 is slow on purpose), and keep going until ~200 ms have passed
// so the effect is easy to see on any machine. The table stays small (at most
// 20,000 entries of 32 bytes), well inside the memory size.
const INIT_TARGET_MS = 200;
const MAX_ENTRIES = 20000;
const lookup = new Map();
while (Date.now() - INIT_STARTED < INIT_TARGET_MS && lookup.size < MAX_ENTRIES) {
  const n = lookup.size;
  lookup.set(n, pbkdf2Sync('demo-password', String(n), 1000, 32, 'sha256'));
}

const INIT_MS = Date.now() - INIT_STARTED;
console.log(`Init: built a lookup table of ${lookup.size} entries in ${INIT_MS} ms`);

// Per-environment state: lives as long as this environment stays warm.
let invocationCount = 0;

export const handler = async (event, context) => {
  invocationCount += 1;
  const coldStart = invocationCount === 1;

  console.log(coldStart
    ? 'COLD start: this environment was just created'
    : `WARM start: invocation #${invocationCount} in this environment`);

  return {
    invocationCount,
    coldStart,
    environmentAge_ms: Date.now() - INIT_STARTED,
    initWork_ms: INIT_MS,
    lookupTableSize: lookup.size,
    processId: process.pid, // the same process serves every warm invocation
  };
};
