// Transform JSON: turn a messy input record into a clean output record.
//
// Input (from a legacy system): snake_case keys, numbers as strings, stray spaces.
// Output: camelCase keys, real numbers, normalised values and computed totals.

// Money as whole cents: 0.1 + 0.2 !== 0.3 in floating point, 10 + 20 === 30 in integers.
const toCents = (text) => Math.round(Number(text) * 100);

const transformLine = (line) => {
  const quantity = Number.parseInt(line.qty, 10);
  const unitCents = toCents(line.unit_price);
  return {
    sku: line.sku.trim().toUpperCase(),
    quantity,
    unitPrice: unitCents / 100,
    lineTotal: (quantity * unitCents) / 100,
  };
};

export const handler = async (event, context) => {
  const customer = event.customer ?? {};
  const items = (event.lines ?? []).map(transformLine);
  // Add up in whole cents (back from the lineTotal floats), then convert once.
  const totalCents = items.reduce((sum, item) => sum + Math.round(item.lineTotal * 100), 0);

  const result = {
    orderId: event.order_id,
    placedAt: event.placed_at ?? null,
    customer: {
      name: `${customer.first_name ?? ''} ${customer.last_name ?? ''}`.trim(),
      email: (customer.email ?? '').trim().toLowerCase(),
    },
    items,
    itemCount: items.reduce((sum, item) => sum + item.quantity, 0),
    total: totalCents / 100,
  };
  console.log(`Transformed order ${result.orderId}: ${items.length} lines, total ${result.total.toFixed(2)}`);
  return result;
};
