// A tiny REST-style API behind an API Gateway HTTP API (payload format 2.0).
//
// API Gateway turns each HTTP request into an event like:
//   {"routeKey": "GET /items/{id}", "rawPath": "/items/1",
//    "pathParameters": {"id": "1"}, "body": "...", "isBase64Encoded": false,
//    "requestContext": {"http": {"method": "GET", "path": "/items/1"}, ...}}
// and turns our return value back into an HTTP response:
//   {"statusCode": 200, "headers": {...}, "body": "<a string>"}

// Module-level data is created once per execution environment and survives
// between warm invocations. It is NOT a database: a cold start resets it.
const items = new Map([
  ['1', { id: '1', name: 'Notebook', price: 3.5 }],
  ['2', { id: '2', name: 'Pen', price: 1.2 }],
]);

// Build the response shape API Gateway expects. The body must be a string.
const response = (statusCode, body, extraHeaders = {}) => ({
  statusCode,
  headers: { 'content-type': 'application/json', ...extraHeaders },
  body: JSON.stringify(body),
});

// Return { route, params }. With explicit routes ("GET /items/{id}") API Gateway
// already did the matching and tells us in routeKey. With the catch-all
// "$default" route we match the method and path ourselves.
const findRoute = (event) => {
  const routeKey = event.routeKey ?? '$default';
  if (routeKey !== '$default') {
    return { route: routeKey, params: event.pathParameters ?? {} };
  }
  const method = event.requestContext.http.method;
  const path = (event.rawPath ?? '/').replace(/\/+$/, '') || '/';
  if (path === '/items') return { route: `${method} /items`, params: {} };
  const match = path.match(/^\/items\/([^/]+)$/);
  if (match) return { route: `${method} /items/{id}`, params: { id: match[1] } };
  return { route: `${method} ${path}`, params: {} };
};

// Return a list of problems; an empty list means the item is valid.
const validateNewItem = (data) => {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return ['body must be a JSON object'];
  }
  const errors = [];
  if (typeof data.name !== 'string' || data.name.trim() === '') {
    errors.push('name is required and must be a non-empty string');
  }
  if (typeof data.price !== 'number' || !Number.isFinite(data.price) || data.price < 0) {
    errors.push('price is required and must be a number >= 0');
  }
  return errors;
};

export const handler = async (event, context) => {
  const { route, params } = findRoute(event);
  console.log(`${route} params=${JSON.stringify(params)}`);

  if (route === 'GET /') {
    // What a browser opening the function URL sees: the routes there are.
    return response(200, {
      message: 'HTTP API backend',
      routes: ['GET /items', 'GET /items/{id}', 'POST /items'],
    });
  }

  if (route === 'GET /items') {
    return response(200, { items: [...items.values()] });
  }

  if (route === 'GET /items/{id}') {
    const item = items.get(params.id);
    if (!item) return response(404, { message: `item ${params.id} not found` });
    return response(200, item);
  }

  if (route === 'POST /items') {
    // Binary or non-text bodies arrive base64-encoded.
    const raw = event.isBase64Encoded
      ? Buffer.from(event.body ?? '', 'base64').toString('utf8')
      : event.body ?? '';
    let data;
    try {
      data = JSON.parse(raw);
    } catch {
      return response(400, { message: 'body is not valid JSON' });
    }
    const errors = validateNewItem(data);
    if (errors.length > 0) {
      return response(400, { message: 'invalid item', errors });
    }
    const newId = String(Math.max(0, ...[...items.keys()].map(Number)) + 1);
    const item = { id: newId, name: data.name.trim(), price: data.price };
    items.set(newId, item);
    return response(201, item, { location: `/items/${newId}` });
  }

  return response(404, { message: `no route for ${route}` });
};
