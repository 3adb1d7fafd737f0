/**
 * Every other operation of the inventory (`TikTokShop.routes`), behind the same checks as the hand-written ones
 * (app key, timestamp window, sign, token, shop or seller scope): a generic handler answers any operation with a
 * deterministic body shaped like its response model (ids as 19-digit strings; paged operations page), and the
 * flow integrators run every day has real state:
 *
 * - orders awaiting shipment -> Ship Package or Mark Package As Shipped -> the order's status, tracking number and
 *   package change on the next read (Get Order Detail, Get Order List, Get Package Detail);
 * - Update Inventory and Update Price -> Get Product shows the new stock and prices;
 * - the shop's webhooks: Get Shop Webhooks, Update Shop Webhook (create or replace per event type), Delete Shop Webhook.
 */
import { http, type RequestHandler } from 'msw';
import type { AnyEndpoint } from '../../core/endpoint.js';
import { sellerRoutesById, shopRoutesById } from '../../tiktok-shop/generated/route-ids.js';
import { TIKTOK_SHOP_BASE_URL } from '../../tiktok-shop/client.js';
import { tiktokShopOperations, type TikTokShopOperation } from '../../tiktok-shop/operations.js';
import type { Order } from '../../tiktok-shop/schemas/order.js';
import { decodePageToken, encodePageToken } from './paging.js';
import type { Responder } from './respond.js';
import { sampleValue } from './samples.js';
import type { TikTokShopEmulatorState } from './state.js';
import { verifyRequest, type Verified } from './verify.js';

/** Items in every list the generic handler pages through. */
export const GENERIC_LIST_TOTAL = 5;

/** Error codes this emulator answers with where TikTok's docs give none (its own choice, stable). */
export const EMULATOR_CODES = {
  /** The package or order is not awaiting shipment (already shipped, cancelled...). */
  notShippable: 21011014,
  /** A SKU id that the product does not have. */
  unknownSku: 12019151,
  /** Delete Shop Webhook for an event type with no webhook. */
  noWebhook: 36009005,
  invalidParams: 36009004,
} as const;

interface Compiled {
  op: TikTokShopOperation;
  endpoint: AnyEndpoint;
  pattern: RegExp;
}

type Context = Verified & { params: string[]; json: Record<string, unknown> };
type Handler = (c: Context) => Response;

/** The handlers of every inventory operation, matched by method and path. */
export function operationHandlers(state: TikTokShopEmulatorState, respond: Responder): RequestHandler[] {
  const routes: Compiled[] = tiktokShopOperations().map((op) => ({
    op,
    endpoint: ((op.scope === 'shop' ? shopRoutesById : sellerRoutesById) as Record<string, AnyEndpoint>)[op.id]!,
    pattern: new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '([^/]+)')}$`),
  }));
  const stateful = statefulHandlers(state, respond);

  return [
    http.all(`${TIKTOK_SHOP_BASE_URL}/*`, async ({ request }) => {
      const url = new URL(request.url);
      let match: Compiled | undefined;
      let params: string[] = [];
      for (const r of routes) {
        if (r.op.method !== request.method) continue;
        const m = r.pattern.exec(url.pathname);
        if (m) {
          match = r;
          params = m.slice(1).map(decodeURIComponent);
          break;
        }
      }
      if (!match) return respond.error(36009009, 'Invalid path. No endpoint matches the request path and method.', 404);
      const verified = await verifyRequest(request, match.op.scope, state, respond);
      if (verified instanceof Response) return verified;
      let json: Record<string, unknown> = {};
      if (verified.body && !match.op.upload) {
        try {
          json = JSON.parse(verified.body) as Record<string, unknown>;
        } catch {
          return respond.error(36009022, 'Invalid request format. The request body must be JSON.');
        }
      }
      const context: Context = { ...verified, params, json };
      const own = stateful[match.op.id];
      if (own) return own(context);
      await match.endpoint.load();
      return respond.ok(generic(match, context) as never);
    }),
  ];
}

/** A body shaped like the operation's response model; a paged operation pages through {@link GENERIC_LIST_TOTAL} items. */
function generic({ op, endpoint }: Compiled, c: Context): unknown {
  const seed = `${op.id}:${c.params.join('/')}`;
  const data = sampleValue(endpoint.response, { seed }) as Record<string, unknown>;
  const items = endpoint.paging?.itemsField;
  if (!items) return data;
  const token = c.query.get('page_token') ?? (c.json.page_token as string | undefined) ?? null;
  const offset = decodePageToken(token) ?? 0;
  const size = Math.max(1, Math.min(100, Number(c.query.get('page_size') ?? c.json.page_size) || 10));
  const count = Math.max(0, Math.min(size, GENERIC_LIST_TOTAL - offset));
  const element = sampleValue(endpoint.response, { seed, arrayLength: 1 }) as Record<string, unknown[]>;
  const template = element[items]?.[0];
  data[items] = Array.from({ length: count }, (_, i) =>
    template && typeof template === 'object' ? pageItem(endpoint, seed, offset + i, items) : template,
  );
  data.next_page_token = offset + count < GENERIC_LIST_TOTAL ? encodePageToken(offset + count) : '';
  if ('total_count' in data) data.total_count = GENERIC_LIST_TOTAL;
  return data;
}

/** The item at `index` of a generic list: its own seed, so every item has its own ids. */
function pageItem(endpoint: AnyEndpoint, seed: string, index: number, items: string): unknown {
  const page = sampleValue(endpoint.response, { seed: `${seed}#${index}`, arrayLength: 1 }) as Record<string, unknown[]>;
  return page[items]?.[0];
}

/** The operations with state, by route id. */
function statefulHandlers(state: TikTokShopEmulatorState, respond: Responder): Record<string, Handler> {
  const now = () => state.nowSeconds();
  const orderOfPackage = (c: Context, packageId: string) =>
    c.shop!.orders.find((o) => o.packages?.some((p) => p.id === packageId));
  const notFound = () => respond.error(21008111, 'The order or package does not belong to the current seller.');
  const notShippable = (o: Order) =>
    respond.error(
      EMULATOR_CODES.notShippable,
      `The package cannot be shipped: order ${o.id} is ${o.status}, not AWAITING_SHIPMENT.`,
    );

  /** Moves an order awaiting shipment on: handed to a carrier (tracking known) or waiting for collection. */
  const ship = (o: Order, shipment: { tracking_number?: unknown; shipping_provider_id?: unknown } | undefined) => {
    const tracking =
      typeof shipment?.tracking_number === 'string' && shipment.tracking_number ? shipment.tracking_number : undefined;
    const provider = typeof shipment?.shipping_provider_id === 'string' ? shipment.shipping_provider_id : o.shipping_provider_id;
    o.status = tracking ? 'IN_TRANSIT' : 'AWAITING_COLLECTION';
    o.tracking_number = tracking ?? `EMU${o.id.slice(-10)}`;
    if (provider) o.shipping_provider_id = provider;
    o.rts_time = now();
    o.update_time = now();
    for (const li of o.line_items ?? []) {
      li.display_status = o.status;
      li.package_status = 'PROCESSING';
      li.tracking_number = o.tracking_number;
      if (provider) li.shipping_provider_id = provider;
    }
  };

  const sku = (c: Context, productId: string) => {
    const product = state.products.get(productId);
    const skus = (product?.skus ?? []) as Record<string, unknown>[];
    const wanted = Array.isArray(c.json.skus) ? (c.json.skus as Record<string, unknown>[]) : [];
    return { product, pairs: wanted.map((w) => [w, skus.find((s) => s.id === w.id)] as const) };
  };

  const webhooksOf = (c: Context) => state.webhooksOf(c.shop!.cipher);

  return {
    'fulfillment.shipPackage': (c) => {
      const order = orderOfPackage(c, c.params[0]!);
      if (!order) return notFound();
      if (order.status !== 'AWAITING_SHIPMENT') return notShippable(order);
      ship(order, c.json.self_shipment as Record<string, unknown> | undefined);
      return respond.ok({});
    },
    'fulfillment.markPackageAsShipped': (c) => {
      const order = c.shop!.orders.find((o) => o.id === c.params[0]);
      if (!order) return notFound();
      if (order.status !== 'AWAITING_SHIPMENT') return notShippable(order);
      if (typeof c.json.tracking_number !== 'string' || !c.json.tracking_number) {
        return respond.error(EMULATOR_CODES.invalidParams, 'Invalid params: tracking_number is required.');
      }
      ship(order, c.json);
      return respond.ok({
        order_id: order.id,
        package_id: order.packages?.[0]?.id ?? '',
        order_line_item_ids: (order.line_items ?? []).map((li) => li.id),
      });
    },
    'fulfillment.getPackageDetail': (c) => {
      const order = orderOfPackage(c, c.params[0]!);
      if (!order) return notFound();
      const shipped = order.status !== 'AWAITING_SHIPMENT' && order.status !== 'UNPAID' && order.status !== 'ON_HOLD';
      return respond.ok({
        package_id: c.params[0]!,
        package_status: shipped ? 'PROCESSING' : 'TO_FULFILL',
        tracking_number: order.tracking_number ?? '',
        shipping_provider_id: order.shipping_provider_id ?? '',
        shipping_provider_name: order.shipping_provider ?? '',
        orders: [{ id: order.id }],
        order_line_item_ids: (order.line_items ?? []).map((li) => li.id),
        update_time: order.update_time ?? 0,
      });
    },
    'products.updateInventory': (c) => {
      const { product, pairs } = sku(c, c.params[0]!);
      if (!product) return respond.error(12019150, 'The product ID does not exist. ');
      for (const [want, have] of pairs) {
        if (!have) return respond.error(EMULATOR_CODES.unknownSku, `The SKU ${String(want.id)} does not belong to the product.`);
        const inventory = ((have.inventory ?? []) as Record<string, unknown>[]).map((i) => ({ ...i }));
        for (const entry of (want.inventory ?? []) as Record<string, unknown>[]) {
          const at = inventory.find((i) => i.warehouse_id === entry.warehouse_id);
          if (at) at.quantity = entry.quantity;
          else inventory.push({ warehouse_id: entry.warehouse_id, quantity: entry.quantity });
        }
        have.inventory = inventory;
      }
      product.update_time = now();
      return respond.ok({});
    },
    'products.updatePrice': (c) => {
      const { product, pairs } = sku(c, c.params[0]!);
      if (!product) return respond.error(12019150, 'The product ID does not exist. ');
      for (const [want, have] of pairs) {
        if (!have) return respond.error(EMULATOR_CODES.unknownSku, `The SKU ${String(want.id)} does not belong to the product.`);
        const price = (want.price ?? {}) as Record<string, unknown>;
        const current = (have.price ?? {}) as Record<string, unknown>;
        // `amount` is the price before tax (Get Product's tax_exclusive_price); sale_price defaults to it.
        have.price = {
          ...current,
          ...(price.amount !== undefined ? { tax_exclusive_price: price.amount, sale_price: price.amount } : {}),
          ...(price.sale_price !== undefined ? { sale_price: price.sale_price } : {}),
          ...(price.currency !== undefined ? { currency: price.currency } : {}),
        };
        if (want.list_price !== undefined) have.list_price = want.list_price;
      }
      product.update_time = now();
      return respond.ok({});
    },
    'webhooks.getShopWebhooks': (c) => {
      const webhooks = [...webhooksOf(c).values()];
      return respond.ok({ webhooks, total_count: webhooks.length });
    },
    'webhooks.updateShopWebhook': (c) => {
      const { address, event_type } = c.json;
      if (typeof event_type !== 'string' || !event_type)
        return respond.error(EMULATOR_CODES.invalidParams, 'Invalid params: event_type is required.');
      if (typeof address !== 'string' || !/^https:\/\//.test(address)) {
        return respond.error(EMULATOR_CODES.invalidParams, 'Invalid params: address must be an https URL.');
      }
      const all = webhooksOf(c);
      const before = all.get(event_type);
      all.set(event_type, { event_type, address, create_time: before?.create_time ?? now(), update_time: now() });
      return respond.ok({});
    },
    'webhooks.deleteShopWebhook': (c) => {
      const { event_type } = c.json;
      const all = webhooksOf(c);
      if (typeof event_type !== 'string' || !all.delete(event_type)) {
        return respond.error(EMULATOR_CODES.noWebhook, `No webhook is registered for the event type ${String(event_type)}.`);
      }
      return respond.ok({});
    },
  };
}
