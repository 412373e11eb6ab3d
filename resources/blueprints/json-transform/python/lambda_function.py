"""Transform JSON: turn a messy input record into a clean output record.

Input (from a legacy system): snake_case keys, numbers as strings, stray spaces.
Output: camelCase keys, real numbers, normalised values and computed totals.
"""


def to_cents(text):
    # Money as whole cents: 0.1 + 0.2 != 0.3 in floating point, 10 + 20 == 30 in integers.
    return round(float(text) * 100)


def transform_line(line):
    quantity = int(line["qty"])
    unit_cents = to_cents(line["unit_price"])
    return {
        "sku": line["sku"].strip().upper(),
        "quantity": quantity,
        "unitPrice": unit_cents / 100,
        "lineTotal": quantity * unit_cents / 100,
    }


def lambda_handler(event, context):
    customer = event.get("customer", {})
    items = [transform_line(line) for line in event.get("lines", [])]
    # Add up in whole cents (back from the lineTotal floats), then convert once.
    total_cents = sum(round(item["lineTotal"] * 100) for item in items)

    result = {
        "orderId": event["order_id"],
        "placedAt": event.get("placed_at"),
        "customer": {
            "name": f"{customer.get('first_name', '')} {customer.get('last_name', '')}".strip(),
            "email": customer.get("email", "").strip().lower(),
        },
        "items": items,
        "itemCount": sum(item["quantity"] for item in items),
        "total": total_cents / 100,
    }
    print(f"Transformed order {result['orderId']}: {len(items)} lines, total {result['total']:.2f}")
    return result
