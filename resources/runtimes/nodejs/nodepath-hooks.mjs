/**
 * Module resolution hooks for ES module handlers (registered by bootstrap.mjs with
 * module.register() before it imports an ES module handler).
 *
 * ES modules do not use NODE_PATH, yet on AWS an .mjs handler can `import {S3Client} from
 * '@aws-sdk/client-s3'` without bundling it: the runtime's node_modules is found. Same here: when
 * the default resolution of a bare specifier fails, it is resolved again from each node_modules
 * folder of NODE_PATH (the layers' /opt/nodejs/node<N>/node_modules and /opt/nodejs/node_modules,
 * then the SDK's), in order. The code's own node_modules always comes first.
 *
 * The bootstrap registers these hooks only after a first import of the handler failed to link on
 * such a package. Node keeps that attempt's failed module jobs (by URL): every file: URL resolved
 * here gets a query (`?lambdesk-nodepath`) so that the second attempt loads fresh modules. Nothing
 * of the first attempt was evaluated; import.meta.url then shows the query.
 */

import path from 'node:path';
import { pathToFileURL } from 'node:url';

const FRESH = 'lambdesk-nodepath';
let parents = []; // one fake importer per node_modules folder of NODE_PATH

export async function initialize(data) {
  parents = (data?.dirs ?? [])
    .filter((dir) => path.basename(dir) === 'node_modules')
    .map((dir) => pathToFileURL(path.join(path.dirname(dir), '__lambdesk_nodepath__.mjs')).href);
}

function isBare(specifier) {
  return !(
    specifier.startsWith('./') ||
    specifier.startsWith('../') ||
    specifier.startsWith('/') ||
    specifier === '.' ||
    specifier === '..' ||
    specifier.startsWith('#') ||
    /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier) // file:, node:, data:, ...
  );
}

function fresh(resolved) {
  const url = resolved?.url;
  if (typeof url !== 'string' || !url.startsWith('file:')) return resolved;
  const parsed = new URL(url);
  if (parsed.searchParams.has(FRESH)) return resolved;
  return { ...resolved, url: url.includes('?') ? `${url}&${FRESH}` : `${url}?${FRESH}` };
}

export async function resolve(specifier, context, nextResolve) {
  return fresh(await resolveFromNodePath(specifier, context, nextResolve));
}

async function resolveFromNodePath(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !isBare(specifier) || parents.length === 0) throw err;
    for (const parentURL of parents) {
      try {
        return await nextResolve(specifier, { ...context, parentURL });
      } catch (_e) {
        /* not in this folder: the next one */
      }
    }
    throw err; // the message names the handler's file, as without the hook
  }
}
