"""Errors: what the caller sees when a handler raises.

An exception that escapes the handler becomes the invocation's result:
    {"errorMessage": "quantity must be a whole number >= 1, got -3",
     "errorType": "ValidationError",
     "stackTrace": ["  File \".../lambda_function.py\", line 42, in lambda_handler\n ..."]}
errorType is the exception's class name, so a custom class gives callers
(and Step Functions retry/catch rules) something precise to match on.

To report a problem WITHOUT failing the invocation (for example behind API
Gateway), catch the error and return a normal response instead, such as
{"statusCode": 400, "body": str(err)}.
"""


class ValidationError(Exception):
    """The input is wrong; retrying the same input will never help."""

    def __init__(self, field, message):
        super().__init__(f"{field} {message}")
        self.field = field


def validate(order):
    order_id = order.get("orderId")
    if not isinstance(order_id, str) or not order_id:
        raise ValidationError("orderId", "must be a non-empty string")
    quantity = order.get("quantity")
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
        raise ValidationError("quantity", f"must be a whole number >= 1, got {quantity!r}")


def lambda_handler(event, context):
    if event.get("simulateBug"):
        # An ordinary bug: int() of a non-number raises ValueError.
        # It is reported exactly like our own error, with errorType "ValueError".
        return {"total": int(event["simulateBug"])}

    # Raising here ends the invocation as a failure; nothing below runs.
    validate(event)

    unit_price = event.get("unitPrice", 9.99)
    total = round(event["quantity"] * unit_price, 2)
    print(f"Order {event['orderId']}: {event['quantity']} x {unit_price} = {total}")
    return {"orderId": event["orderId"], "total": total}
