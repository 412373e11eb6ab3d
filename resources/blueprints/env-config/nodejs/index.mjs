// Configuration through environment variables.
//
// Keep settings (stage names, limits, feature flags, table names) out of the
// code so the same code runs unchanged in dev and prod. Environment variables
// are always strings: convert and check them once, at start-up.
// Never put secrets in plain environment variables on AWS; use Secrets Manager
// or Parameter Store instead.

// Read once per execution environment (changing configuration on AWS starts
// new environments, so these values cannot change under a running one).
const GREETING = process.env.GREETING ?? 'Hello';
const STAGE = process.env.STAGE ?? 'dev';
const FEATURE_FLAGS = new Set(
  (process.env.FEATURE_FLAGS ?? '').split(',').map((f) => f.trim()).filter(Boolean),
);

const MAX_ITEMS = Number(process.env.MAX_ITEMS ?? '3');
if (!Number.isInteger(MAX_ITEMS)) {
  // Failing here, during init, stops a misconfigured function at once with a
  // clear message instead of letting it misbehave on every request.
  throw new Error(`MAX_ITEMS must be a whole number, got ${JSON.stringify(process.env.MAX_ITEMS)}`);
}

export const handler = async (event, context) => {
  const name = event.name ?? 'there';
  let greeting = `${GREETING}, ${name}!`;
  if (FEATURE_FLAGS.has('shout')) greeting = greeting.toUpperCase();

  const items = event.items ?? [];
  const result = {
    stage: STAGE,
    greeting,
    items: items.slice(0, MAX_ITEMS),
    truncated: items.length > MAX_ITEMS,
    featureFlags: [...FEATURE_FLAGS].sort(),
  };
  if (FEATURE_FLAGS.has('show-runtime')) {
    // Variables Lambda sets for every function (you cannot override these).
    result.runtime = {
      functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
      functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
      memorySizeMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
      region: process.env.AWS_REGION,
    };
  }
  console.log(`[${STAGE}] ${greeting} (${result.items.length} of ${items.length} items)`);
  return result;
};
