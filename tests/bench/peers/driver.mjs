// bench_peers' driver for one peer and one handler: keeps the peer warm in this process and
// answers bench_peers' commands, one per line on stdin, with one line on stdout that starts with
// "@@ " and holds JSON (anything else the peer prints is not ours: bench_peers skips it).
//
//   node driver.mjs PEERS_DIR lambda-local|fun node|python CODE_DIR HANDLER PAYLOAD_JSON
//
//   lat N          N sequential calls             -> {"ms":[...],"failed":k}
//   tput C S       C callers for S seconds        -> {"count":n,"seconds":s,"failed":k}
//   cold           one call in a fresh instance   -> {"ms":x,"failed":k}
//   quit
//
// lambda-local runs the handler in this process through execute() with lambdaPath, as its README
// and CLI do (it requires the module again on every call); @vercel/fun runs it in a child process
// through its own Runtime API server. A cold start is, for fun, createFunction + the first call;
// for lambda-local, which has no instance of its own, a fresh Node process that loads lambda-local
// and runs one execute() (what its CLI costs).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';

const [peersDir, peer, runtime, codeDir, handler, payloadText] = process.argv.slice(2);
const require = createRequire(path.join(peersDir, 'node_modules', 'x.js'));
const payload = JSON.parse(payloadText);
const expected = JSON.stringify(payload);
const [moduleName, handlerName] = [handler.slice(0, handler.lastIndexOf('.')), handler.slice(handler.lastIndexOf('.') + 1)];

function say(obj) {
  process.stdout.write(`@@ ${JSON.stringify(obj)}\n`);
}

// The handlers answer {} (no-op) or the event (echo): anything else is a failure.
function ok(result) {
  const text = JSON.stringify(result);
  return text === expected || text === '{}';
}

async function makeCaller() {
  if (peer === 'lambda-local') {
    if (runtime !== 'node') throw new Error('lambda-local runs Node.js handlers only');
    const lambdaLocal = require('lambda-local');
    lambdaLocal.setLogger({ log() {}, info() {}, warn() {}, error() {}, transports: [] });
    const lambdaPath = path.join(codeDir, `${moduleName}.js`);
    const call = () =>
      lambdaLocal.execute({ event: payload, lambdaPath, lambdaHandler: handlerName, timeoutMs: 3000, verboseLevel: 0 });
    return { call, destroy: async () => {} };
  }
  const { createFunction } = require('@vercel/fun');
  const fn = await createFunction({
    Code: { Directory: codeDir },
    Handler: handler,
    Runtime: runtime === 'node' ? 'nodejs' : 'python3',
    MemorySize: 2048,
    Timeout: 3,
  });
  return { call: () => fn(payload), destroy: () => fn.destroy() };
}

function coldLambdaLocal() {
  const script = `
    const ll = require(${JSON.stringify(path.join(peersDir, 'node_modules', 'lambda-local'))});
    ll.setLogger({ log() {}, info() {}, warn() {}, error() {}, transports: [] });
    ll.execute({ event: ${payloadText}, lambdaPath: ${JSON.stringify(path.join(codeDir, `${moduleName}.js`))},
                 lambdaHandler: ${JSON.stringify(handlerName)}, timeoutMs: 3000, verboseLevel: 0 })
      .then((r) => process.exit(JSON.stringify(r) === ${JSON.stringify(expected)} || JSON.stringify(r) === '{}' ? 0 : 2),
            () => process.exit(3));`;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', script], { stdio: 'ignore' });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, failed: r.status === 0 ? 0 : 1 };
}

const warm = await makeCaller();

// A call that has not answered in 30 s counts as failed (fun has been seen to lose calls when 8
// run at once on a loaded machine): the run goes on without it.
function withTimeout(promise) {
  let timer;
  const timeout = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('no answer in 30 s')), 30000);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function timedCall(caller) {
  const t0 = process.hrtime.bigint();
  let good = false;
  try {
    good = ok(await withTimeout(caller.call()));
  } catch (_e) {
    good = false;
  }
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, good };
}

const commands = { lat, tput, cold };

async function lat(n) {
  const ms = [];
  let failed = 0;
  for (let i = 0; i < n; i++) {
    const r = await timedCall(warm);
    ms.push(r.ms);
    if (!r.good) failed++;
  }
  return { ms, failed };
}

async function tput(callers, seconds) {
  let count = 0;
  let failed = 0;
  const t0 = process.hrtime.bigint();
  const until = t0 + BigInt(Math.round(seconds * 1e9));
  const chain = async () => {
    while (process.hrtime.bigint() < until) {
      const r = await timedCall(warm);
      if (r.good) count++;
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: callers }, chain));
  return { count, failed, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

async function cold() {
  if (peer === 'lambda-local') return coldLambdaLocal();
  const t0 = process.hrtime.bigint();
  const fresh = await makeCaller();
  const r = await timedCall(fresh);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  await fresh.destroy();
  return { ms, failed: r.good ? 0 : 1 };
}

say({ ready: true, pid: process.pid });
const rl = readline.createInterface({ input: process.stdin });
for await (const line of rl) {
  const [name, ...args] = line.trim().split(/\s+/);
  if (name === 'quit') break;
  const command = commands[name];
  say(command ? await command(...args.map(Number)) : { error: `unknown command ${name}` });
}
await warm.destroy();
process.exit(0);
