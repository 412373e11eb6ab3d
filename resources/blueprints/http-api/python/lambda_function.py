"""A tiny REST-style API behind an API Gateway HTTP API (payload format 2.0).

API Gateway turns each HTTP request into an event like:
    {"routeKey": "GET /items/{id}", "rawPath": "/items/1",
     "pathParameters": {"id": "1"}, "body": "...", "isBase64Encoded": false,
     "requestContext": {"http": {"method": "GET", "path": "/items/1"}, ...}}
and turns our return value back into an HTTP response:
    {"statusCode": 200, "headers": {...}, "body": "<a string>"}
"""
import base64
import json
import re

# Module-level data is created once per execution environment and survives
# between warm invocations. It is NOT a database: a cold start resets it.
ITEMS = {
    "1": {"id": "1", "name": "Notebook", "price": 3.5},
    "2": {"id": "2", "name": "Pen", "price": 1.2},
}


def response(status, body):
    """Build the response shape API Gateway expects. The body must be a string."""
    return {
        "statusCode": status,
        "headers": {"content-type": "application/json"},
        "body": json.dumps(body),
    }


def find_route(event):
    """Return (route, path_parameters).

    With explicit routes ("GET /items/{id}") API Gateway already did the
    matching and tells us in routeKey. With the catch-all "$default" route
    we match the method and path ourselves.
    """
    route = event.get("routeKey", "$default")
    if route != "$default":
        return route, event.get("pathParameters") or {}

    method = event["requestContext"]["http"]["method"]
    path = event.get("rawPath", "/").rstrip("/") or "/"
    if path == "/items":
        return f"{method} /items", {}
    match = re.fullmatch(r"/items/([^/]+)", path)
    if match:
        return f"{method} /items/{{id}}", {"id": match.group(1)}
    return f"{method} {path}", {}


def validate_new_item(data):
    """Return a list of problems; an empty list means the item is valid."""
    if not isinstance(data, dict):
        return ["body must be a JSON object"]
    errors = []
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        errors.append("name is required and must be a non-empty string")
    price = data.get("price")
    # bool is a subclass of int in Python, so rule it out explicitly.
    if isinstance(price, bool) or not isinstance(price, (int, float)) or price < 0:
        errors.append("price is required and must be a number >= 0")
    return errors


def lambda_handler(event, context):
    route, params = find_route(event)
    print(f"{route} params={params}")

    if route == "GET /":
        # What a browser opening the function URL sees: the routes there are.
        return response(200, {"message": "HTTP API backend",
                              "routes": ["GET /items", "GET /items/{id}", "POST /items"]})

    if route == "GET /items":
        return response(200, {"items": list(ITEMS.values())})

    if route == "GET /items/{id}":
        item = ITEMS.get(params.get("id"))
        if item is None:
            return response(404, {"message": f"item {params.get('id')} not found"})
        return response(200, item)

    if route == "POST /items":
        raw = event.get("body") or ""
        # Binary or non-text bodies arrive base64-encoded.
        if event.get("isBase64Encoded"):
            raw = base64.b64decode(raw).decode("utf-8")
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            return response(400, {"message": "body is not valid JSON"})
        errors = validate_new_item(data)
        if errors:
            return response(400, {"message": "invalid item", "errors": errors})
        new_id = str(max((int(i) for i in ITEMS), default=0) + 1)
        item = {"id": new_id, "name": data["name"].strip(), "price": data["price"]}
        ITEMS[new_id] = item
        result = response(201, item)
        result["headers"]["location"] = f"/items/{new_id}"
        return result

    return response(404, {"message": f"no route for {route}"})
