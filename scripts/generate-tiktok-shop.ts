/**
 * `npm run generate`: the TikTok Shop operations of the SDK, generated from the inventory in spec/tiktok-shop.json
 * (every operation of TikTok's OpenAPI document: group, version, method, path, params, body and response models,
 * and the models' field names and types).
 *
 * Writes, under src/tiktok-shop/generated/:
 * - `models/<group>.ts`: one interface and one lazily built zod schema per model (see src/tiktok-shop/model.ts);
 * - `routes/<group>.ts`: one route per operation, its schemas built on first use (`defineEndpoint({ schemas })`);
 * - `resources/<scope>-<namespace>.ts`: one explicit method per operation, on the shop or on the seller;
 * - `route-ids.ts`: every route by its id, for `shop.call(id, ...)` / `seller.call(id, ...)`;
 * - `operations.ts`: the docs title and method arguments of every operation, for `TikTokShop.routes`;
 * - `models/index.ts`: the model types, exported by `social-commerce-sdk/tiktok-shop`;
 * and the table of all operations in docs/tiktok-shop.md (between the `generated:operations` markers).
 *
 * The 10 operations the SDK had before (products read, orders read, authorization) keep their hand-written routes
 * in src/tiktok-shop/routes.ts, with the precision of the TikTok Shop document (required flags, limits); only
 * their names are recorded here. Output is formatted with the repository's Prettier settings, and
 * test/tiktok-shop/generated.test.ts fails when the committed files differ from a fresh run.
 *
 * Run: npm run generate   (tsx scripts/generate-tiktok-shop.ts)
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

// --- the inventory -----------------------------------------------------------------------------------------

export interface InventoryParam {
  name: string;
  type: string;
  required: boolean;
}
export interface InventoryOperation {
  group: string;
  version: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  summary: string;
  pathParams: string[];
  query: InventoryParam[];
  contentType: string;
  body?: string;
  response: string;
  formFields?: string[];
}
export interface InventoryField {
  name: string;
  type: string;
}
export interface Inventory {
  operations: InventoryOperation[];
  models: Record<string, InventoryField[]>;
}

// --- naming: what a TikTok developer can guess ---------------------------------------------------------------

/** The path's first segment -> the namespace on the shop or seller object. */
export const NAMESPACES: Record<string, string> = {
  product: 'products',
  order: 'orders',
  fulfillment: 'fulfillment',
  logistics: 'logistics',
  finance: 'finance',
  return_refund: 'returns',
  promotion: 'promotions',
  event: 'webhooks',
  supply_chain: 'supplyChain',
  data_reconciliation: 'reconciliation',
  authorization: 'authorization',
  affiliate: 'affiliate',
  affiliate_creator: 'affiliateCreator',
  affiliate_partner: 'affiliatePartner',
  affiliate_seller: 'affiliateSeller',
  // `seller.account`, not `seller.seller`: the authorized account (seller, creator or partner).
  seller: 'account',
};

/**
 * Docs titles whose words the inventory's `summary` glues in lower case (the official SDK's names): the method is
 * the title camelCased, so these read as TikTok's docs page titles do.
 */
const TITLES: Record<string, string> = {
  GetTransactionsbyOrder: 'Get Transactions by Order',
  GetTransactionsbyStatement: 'Get Transactions by Statement',
  GetMessageintheConversation: 'Get Message in the Conversation',
  SellerSearchCreatoronMarketplace: 'Seller Search Creator on Marketplace',
  CreateConversationwithcreator: 'Create Conversation with Creator',
  DiagnoseandOptimizeProduct: 'Diagnose and Optimize Product',
};

/**
 * The operations with hand-written routes (src/tiktok-shop/routes.ts) and methods: their route id, method name
 * and key in `routes`. They keep the precision of the TikTok Shop document and the names they always had.
 */
const HANDWRITTEN: Record<string, { id: string; route: string; paged?: true }> = {
  'GET /authorization/202309/shops': { id: 'authorization.getShops', route: 'getShops' },
  'GET /product/202309/products/{product_id}': { id: 'products.get', route: 'getProduct' },
  'GET /product/202309/categories': { id: 'products.categories', route: 'getCategories' },
  'GET /product/202309/global_categories': { id: 'products.globalCategories', route: 'getGlobalCategories' },
  'GET /product/202309/categories/{category_id}/attributes': { id: 'products.attributes', route: 'getAttributes' },
  'GET /product/202309/brands': { id: 'products.brands', route: 'getBrands', paged: true },
  'GET /product/202405/products/diagnoses': { id: 'products.diagnose', route: 'diagnoseProducts' },
  'POST /order/202309/orders/search': { id: 'orders.search', route: 'searchOrders', paged: true },
  'GET /order/202507/orders': { id: 'orders.get', route: 'getOrders' },
  'GET /order/202407/orders/{order_id}/price_detail': { id: 'orders.priceDetail', route: 'getPriceDetail' },
};

/** Resources with hand-written methods: their generated methods go to a base class the hand-written one extends. */
const HANDWRITTEN_CLASSES = new Set(['ShopProducts', 'SellerProducts', 'ShopOrders', 'SellerAuthorization']);

/** POSTs that only read (the last path segment says so): retried like a GET. */
const READ_POSTS = new Set([
  'search',
  'query',
  'single_query',
  'calculate',
  'recommend',
  'listing_check',
  'prerequisite_check',
  'content_check',
]);

const OUT = 'src/tiktok-shop/generated';
const DOCS = 'docs/tiktok-shop.md';
const MARK_START = '<!-- generated:operations:start (npm run generate) -->';
const MARK_END = '<!-- generated:operations:end -->';
const HEADER = '// Generated by scripts/generate-tiktok-shop.ts from spec/tiktok-shop.json. Do not edit: run `npm run generate`.';
/** Target lines per generated file (an operation's models are never split). */
const MAX_LINES = 300;

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const camel = (snake: string) => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (snake: string) => snake.replace(/_/g, '-');
const isIdLike = (name: string) => name === 'id' || /_ids?$/.test(name);
const prop = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The docs title of an operation: its summary split into words, or the fix above; `...old` is the old version. */
export function titleOf(summary: string): string {
  const fixed = TITLES[summary];
  if (fixed) return fixed;
  const old = /[a-z]old$/.test(summary);
  const base = old ? summary.slice(0, -3) : summary;
  const words = base.match(/[A-Z]+(?![a-z])|[A-Z][a-z0-9]*|[a-z0-9]+/g) ?? [base];
  return words.join(' ') + (old ? ' (old)' : '');
}

/** The method name: the title camelCased (`Ship Package` -> `shipPackage`, `... (old)` -> `...Old`). */
export function methodOf(title: string): string {
  const words = title.replace(/[()]/g, '').split(/\s+/).filter(Boolean);
  return words.map((w, i) => (i === 0 ? lowerFirst(w) : upperFirst(w))).join('');
}

// --- operations, resolved ---------------------------------------------------------------------------------

type Scope = 'shop' | 'seller';

interface Op {
  inv: InventoryOperation;
  key: string;
  group: string;
  namespace: string;
  scope: Scope;
  title: string;
  /** The method this operation is reached by (newest version), or null (an older version: by id only). */
  methodName: string | null;
  id: string;
  handwritten: { route: string; paged: boolean } | undefined;
  /** Key in the generated routes table. */
  routeKey: string;
  args: string[];
  query: InventoryParam[];
  body: string | undefined;
  upload: boolean;
  response: string | undefined;
  pagingItems: string | undefined;
  readPost: boolean;
  takesParams: boolean;
  paramsRequired: boolean;
  /** Set when the files are laid out: the models module (with the route's schemas), the routes module and table. */
  modelModule?: string;
  routeModule?: string;
  routeTable?: string;
}

function resolveOperations(inv: Inventory): Op[] {
  const versions = new Map<string, string[]>();
  for (const o of inv.operations) {
    const k = `${o.group} ${o.summary}`;
    versions.set(k, [...(versions.get(k) ?? []), o.version].sort());
  }
  const ops = inv.operations.map((o): Op => {
    const namespace = NAMESPACES[o.group];
    if (!namespace) throw new Error(`generate: no namespace for the group "${o.group}" (add it to NAMESPACES)`);
    const scope: Scope = o.query.some((q) => q.name === 'shop_cipher') ? 'shop' : 'seller';
    const title = titleOf(o.summary);
    const base = methodOf(title);
    const all = versions.get(`${o.group} ${o.summary}`)!;
    const newest = all[all.length - 1] === o.version;
    const key = `${o.method} ${o.path}`;
    const hand = HANDWRITTEN[key];
    const id = hand ? hand.id : newest ? `${namespace}.${base}` : `${namespace}.${base}.${o.version}`;
    const query = o.query.filter((q) => q.name !== 'shop_cipher');
    const queryNames = new Set(query.map((q) => q.name));
    let body = o.body;
    if (body) {
      const fields = inv.models[body] ?? [];
      const dup = fields.filter((f) => queryNames.has(f.name));
      // A body field the query also declares would always go to the query: GetConversationList's GET body repeats
      // its query param, so it has no body of its own. A partial overlap would need a decision: stop here.
      if (dup.length === fields.length) body = undefined;
      else if (dup.length > 0) throw new Error(`generate: ${key}: body fields ${dup.map((f) => f.name)} are also query params`);
    }
    const upload = o.contentType.startsWith('multipart/');
    const dataField = (inv.models[o.response] ?? []).find((f) => f.name === 'data');
    const response = dataField && dataField.type !== 'object' ? dataField.type : undefined;
    const takesPageToken =
      queryNames.has('page_token') || (body ? inv.models[body]!.some((f) => f.name === 'page_token') : false);
    const pagingItems = takesPageToken && response ? itemsField(inv, response, key) : undefined;
    const last = o.path.split('/').pop()!;
    const bodyRequired = upload; // the file
    return {
      inv: o,
      key,
      group: o.group,
      namespace,
      scope,
      title,
      methodName: hand ? id.split('.')[1]! : newest ? base : null,
      id,
      handwritten: hand ? { route: hand.route, paged: hand.paged === true } : undefined,
      routeKey: newest ? base : `${base}V${o.version}`,
      args: o.pathParams.map(camel),
      query,
      body,
      upload,
      response,
      pagingItems,
      readPost: o.method === 'POST' && READ_POSTS.has(last),
      takesParams: query.length > 0 || body !== undefined || upload,
      paramsRequired: bodyRequired || query.some((q) => q.required),
    };
  });
  const ids = new Set<string>();
  const methods = new Set<string>();
  for (const op of ops) {
    if (ids.has(op.id)) throw new Error(`generate: two operations have the route id ${op.id}`);
    ids.add(op.id);
    if (op.methodName) {
      const m = `${op.scope}.${op.namespace}.${op.methodName}`;
      if (methods.has(m)) throw new Error(`generate: two operations are ${m}`);
      methods.add(m);
    }
  }
  return ops;
}

/** The array a paged operation's items are in: the one array of models in its data (next_page_token beside it). */
function itemsField(inv: Inventory, data: string, key: string): string | undefined {
  const fields = inv.models[data] ?? [];
  if (!fields.some((f) => f.name === 'next_page_token')) return undefined;
  const arrays = fields.filter((f) => /^Array<(.+)>$/.test(f.type) && inv.models[f.type.slice(6, -1)]);
  if (arrays.length !== 1)
    throw new Error(`generate: ${key} pages but its items array is ambiguous: ${arrays.map((f) => f.name)}`);
  return arrays[0]!.name;
}

// --- models --------------------------------------------------------------------------------------------------

type Side = 'req' | 'res';

const elementOf = (type: string) => (type.startsWith('Array<') && type.endsWith('>') ? type.slice(6, -1) : undefined);

function refsOf(inv: Inventory, name: string): string[] {
  const out: string[] = [];
  for (const f of inv.models[name] ?? []) {
    let t = f.type;
    while (elementOf(t)) t = elementOf(t)!;
    if (inv.models[t]) out.push(t);
  }
  return out;
}

/** The TypeScript type of a field. */
function tsType(inv: Inventory, type: string, name: string, side: Side): string {
  const el = elementOf(type);
  if (el) {
    const inner = tsType(inv, el, name, side);
    return /^[\w.]+$/.test(inner) ? `${inner}[]` : `Array<${inner}>`;
  }
  switch (type) {
    case 'string':
      return 'string';
    case 'number':
      return side === 'res' && isIdLike(name) ? 'string' : 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'Record<string, unknown>';
    case 'any':
      return 'unknown';
  }
  if (inv.models[type]) return type;
  throw new Error(`generate: unknown type ${type} (field ${name})`);
}

/** The zod schema of a field's value, not yet optional. */
function zodBase(inv: Inventory, type: string, name: string, side: Side): string {
  const el = elementOf(type);
  if (el) return `z.array(${zodBase(inv, el, name, side)})`;
  switch (type) {
    case 'string':
      return side === 'res' && isIdLike(name) ? 'idString' : 'z.string()';
    case 'number':
      return side === 'res' && isIdLike(name) ? 'idString' : 'z.number()';
    case 'boolean':
      return 'z.boolean()';
    case 'object':
      return side === 'res' ? 'z.looseObject({})' : 'z.record(z.string(), z.unknown())';
    case 'any':
      return 'z.unknown()';
  }
  if (inv.models[type]) return `${type}()`;
  throw new Error(`generate: unknown type ${type} (field ${name})`);
}

/** The field's schema, optional (requests) or nullish (responses): a shared helper where there is one. */
function zodField(inv: Inventory, f: InventoryField, side: Side): string {
  const kit = side === 'res' ? 'res' : 'req';
  const id = side === 'res' && isIdLike(f.name);
  const leaf: Record<string, string> = {
    string: id ? 'id' : 'str',
    'Array<string>': id ? 'ids' : 'strs',
    number: id ? 'id' : 'num',
    'Array<number>': id ? 'ids' : 'nums',
    boolean: 'bool',
    'Array<boolean>': 'bools',
    object: 'obj',
    any: 'any',
  };
  const helper = leaf[f.type];
  if (helper) return `${kit}.${helper}`;
  if (inv.models[f.type]) return `${kit}.one(${f.type})`;
  const el = elementOf(f.type);
  if (el && inv.models[el]) return `${kit}.many(${el})`;
  return `${zodBase(inv, f.type, f.name, side)}.${side === 'res' ? 'nullish' : 'optional'}()`;
}

interface ModelOut {
  name: string;
  side: Side;
  code: string;
  lines: number;
  uses: Set<string>;
}

function modelCode(inv: Inventory, name: string, side: Side, cyclic: (from: string, to: string) => boolean): ModelOut {
  const fields = inv.models[name]!;
  const uses = new Set<string>();
  const iface = fields.map((f) => {
    const t = tsType(inv, f.type, f.name, side);
    const nullable = side === 'res' && f.type !== 'any' ? ' | null' : '';
    return `  ${prop(f.name)}?: ${t}${nullable};`;
  });
  const shape = fields.map((f) => {
    const expr = zodField(inv, f, side);
    if (expr.includes('idString')) uses.add('idString');
    if (expr.includes('z.')) uses.add('z');
    let t = f.type;
    while (elementOf(t)) t = elementOf(t)!;
    // A field that leads back to this model (a recursive model) is a getter: built when zod first reads it.
    if (inv.models[t] && cyclic(name, t)) return `get ${prop(f.name)}() { return ${expr}; },`;
    return `${prop(f.name)}: ${expr},`;
  });
  uses.add(side);
  const code = [
    `export interface ${name} {`,
    ...iface,
    '}',
    `export const ${name} = model(() => ${side}.object<${name}>({ ${shape.join(' ')} }));`,
  ].join('\n');
  return { name, side, code, lines: 2 * fields.length + 9, uses };
}

// --- output --------------------------------------------------------------------------------------------------

export interface GenerateInput {
  inventory: Inventory;
  /** The current docs/tiktok-shop.md: the operations table is replaced between its markers. */
  docs: string;
}

/** Every generated file by its path from the repository root, formatted. Pure: reads and writes nothing. */
export async function generateTikTokShop({ inventory: inv, docs }: GenerateInput): Promise<Map<string, string>> {
  const ops = resolveOperations(inv);
  const files = new Map<string, string>();
  const generated = ops.filter((op) => !op.handwritten);

  // Reachability, for the getters of recursive models (none in today's inventory, all supported).
  const reach = new Map<string, Set<string>>();
  const reachable = (from: string): Set<string> => {
    let set = reach.get(from);
    if (set) return set;
    set = new Set();
    reach.set(from, set);
    const stack = [...refsOf(inv, from)];
    while (stack.length) {
      const n = stack.pop()!;
      if (set.has(n)) continue;
      set.add(n);
      stack.push(...refsOf(inv, n));
    }
    return set;
  };
  const cyclic = (from: string, to: string) => to === from || reachable(to).has(from);

  // Models, per group, in operation order; an operation's models stay in one file, with the function that builds
  // its route's schemas. Routes import these files dynamically: none is loaded before its first call.
  const modelModule = new Map<string, string>();
  const byGroup = new Map<string, Op[]>();
  for (const op of generated) byGroup.set(op.group, [...(byGroup.get(op.group) ?? []), op]);
  const modelFiles: { module: string; models: ModelOut[]; ops: Op[] }[] = [];
  for (const [group, groupOps] of byGroup) {
    const chunks: { models: ModelOut[]; ops: Op[] }[] = [{ models: [], ops: [] }];
    let lines = 0;
    for (const op of groupOps) {
      const own: ModelOut[] = [];
      const visit = (name: string, side: Side) => {
        if (modelModule.has(name) || own.some((m) => m.name === name)) return;
        own.push(modelCode(inv, name, side, cyclic));
        for (const r of refsOf(inv, name)) visit(r, side);
      };
      if (op.body) visit(op.body, 'req');
      if (op.response) visit(op.response, 'res');
      const size = own.reduce((n, m) => n + m.lines, 0) + 6;
      if (lines > 0 && lines + size > MAX_LINES) {
        chunks.push({ models: [], ops: [] });
        lines = 0;
      }
      chunks[chunks.length - 1]!.models.push(...own);
      chunks[chunks.length - 1]!.ops.push(op);
      lines += size;
      for (const m of own) modelModule.set(m.name, '');
    }
    chunks.forEach(({ models, ops: chunkOps }, i) => {
      const module = `models/${kebab(group)}${chunks.length > 1 ? `-${i + 1}` : ''}`;
      for (const m of models) modelModule.set(m.name, module);
      for (const op of chunkOps) op.modelModule = module;
      modelFiles.push({ module, models, ops: chunkOps });
    });
  }
  for (const { module, models, ops: fileOps } of modelFiles) {
    const uses = new Set(models.flatMap((m) => [...m.uses]));
    const kit = new Set(models.length ? ['model'] : []);
    for (const side of ['req', 'res'] as const) if (uses.has(side)) kit.add(side);
    const schemas = fileOps.map((op) => {
      const parts: string[] = [];
      if (op.query.length) {
        kit.add('req');
        const type = op.query.map((q) => `${prop(q.name)}${q.required ? '' : '?'}: ${queryType(q)}`).join('; ');
        const shape = op.query.map((q) => `${prop(q.name)}: ${queryField(q)}`).join(', ');
        if (shape.includes('z.')) uses.add('z');
        parts.push(`query: req.object<{ ${type} }>({ ${shape} })`);
      }
      if (op.upload) {
        uses.add('upload');
        kit.add('req');
        const form = op.inv.formFields ?? ['data'];
        const type = form.map((f) => (f === 'data' ? 'data: UploadSource' : `${prop(f)}?: string`)).join('; ');
        const fields = form.map((f) => (f === 'data' ? 'data: uploadSource' : `${prop(f)}: req.str`));
        parts.push(`body: req.object<{ ${type} }>({ ${fields.join(', ')} })`);
      } else if (op.body) {
        parts.push(`body: ${op.body}()`);
      }
      kit.add('payload');
      if (!op.response) kit.add('anyObject');
      parts.push(`response: payload(${op.response ? `${op.response}()` : 'anyObject()'})`);
      return [
        ...docComment(`The schemas of ${op.title} (\`${op.inv.method} ${op.inv.path}\`).`, ''),
        `export const ${op.routeKey}Schemas = () => ({ ${parts.join(', ')} });`,
      ].join('\n');
    });
    const group = module.slice(7).replace(/-\d+$/, '');
    const code = [
      HEADER,
      `/** Models of the ${group} operations (interfaces, and schemas built on first use), and their routes' schemas. */`,
      ...(uses.has('z') ? ["import { z } from 'zod';"] : []),
      ...(uses.has('idString') ? ["import { idString } from '../../../core/validation.js';"] : []),
      `import { ${[...kit].sort().join(', ')} } from '../../model.js';`,
      ...(uses.has('upload') ? ["import { uploadSource, type UploadSource } from '../../upload.js';"] : []),
      '',
      ...models.map((m) => m.code + '\n'),
      ...schemas.map((c) => c + '\n'),
    ].join('\n');
    files.set(`${OUT}/${module}.ts`, code);
  }
  files.set(
    `${OUT}/models/index.ts`,
    [
      HEADER,
      '/** The model types of every generated operation. */',
      ...modelFiles.filter((f) => f.models.length).map((f) => `export type * from './${f.module.slice(7)}.js';`),
    ].join('\n'),
  );

  // Routes, per group: method and path, and the schemas loaded from the operation's models file on first call.
  const routeFiles: { module: string; table: string; ops: Op[] }[] = [];
  for (const [group, groupOps] of byGroup) {
    const per = 30;
    const count = Math.ceil(groupOps.length / per);
    for (let i = 0; i < count; i++) {
      const module = `routes/${kebab(group)}${count > 1 ? `-${i + 1}` : ''}`;
      const table = `${camel(group)}Routes${count > 1 ? i + 1 : ''}`;
      const chunk = groupOps.slice(i * per, (i + 1) * per);
      for (const op of chunk) {
        op.routeModule = module;
        op.routeTable = table;
      }
      routeFiles.push({ module, table, ops: chunk });
    }
  }
  for (const { module, table, ops: chunk } of routeFiles) {
    const paged = chunk.some((op) => op.pagingItems);
    const routes = chunk.map((op) => {
      const older = op.methodName === null ? ` An older version: reachable as \`${op.scope}.call('${op.id}', ...)\`.` : '';
      return [
        ...docComment(`TikTok Shop docs: ${op.title}.${older}`, '  '),
        `  ${op.routeKey}: defineEndpoint({`,
        `    name: ${quote(op.id)},`,
        `    method: '${op.inv.method}',`,
        `    path: ${quote(op.inv.path)},`,
        ...(op.readPost ? ['    retrySafe: true, // a POST that only reads'] : []),
        ...(op.pagingItems ? [`    paging: tokenPages('${op.pagingItems}'),`] : []),
        `    schemas: () => import('../${op.modelModule}.js').then((m) => m.${op.routeKey}Schemas()),`,
        '  }),',
      ].join('\n');
    });
    const group = chunk[0]!.group;
    const code = [
      HEADER,
      `/** Routes of the ${group} operations (path /${group}/...). Their schemas load and build on a route's first call. */`,
      "import { defineEndpoint } from '../../../core/endpoint.js';",
      ...(paged ? ["import { tokenPages } from '../../model.js';"] : []),
      '',
      `export const ${table} = {`,
      ...routes,
      '} as const;',
    ].join('\n');
    files.set(`${OUT}/${module}.ts`, code);
  }

  // Resources: one class per scope and namespace.
  const classes = new Map<string, Op[]>();
  for (const op of ops) {
    if (op.methodName === null && !op.handwritten) continue;
    const name = `${upperFirst(op.scope)}${upperFirst(op.namespace)}`;
    classes.set(name, [...(classes.get(name) ?? []), op]);
  }
  for (const name of HANDWRITTEN_CLASSES) if (!classes.has(name)) classes.set(name, []);
  const resourceModules: { cls: string; exported: string; module: string; scope: Scope; namespace: string }[] = [];
  for (const [cls, clsOps] of [...classes].sort(([a], [b]) => a.localeCompare(b))) {
    const scope = cls.startsWith('Shop') ? 'shop' : 'seller';
    const namespace = lowerFirst(cls.slice(scope.length));
    const own = clsOps.filter((op) => !op.handwritten);
    const exported = HANDWRITTEN_CLASSES.has(cls) ? `Generated${cls}` : cls;
    const module = `resources/${scope}-${namespace.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    resourceModules.push({ cls, exported, module, scope, namespace });
    const tables = [...new Map(own.map((op) => [op.routeTable!, op.routeModule!]))].sort(([a], [b]) => a.localeCompare(b));
    const anyPaged = own.some((op) => op.pagingItems);
    const anyCall = own.some((op) => !op.pagingItems);
    const options = [...(anyCall ? ['CallOptions'] : []), ...(anyPaged ? ['PageOptions'] : [])];
    const methods = own.map((op) => {
      const r = `${op.routeTable}.${op.routeKey}`;
      const args = op.args.map((a) => `${a}: string`);
      if (op.takesParams) args.push(`params${op.paramsRequired ? '' : '?'}: EndpointParams<typeof ${r}>`);
      args.push(`options?: ${op.pagingItems ? 'PageOptions' : 'CallOptions'}`);
      const values = `[${op.args.join(', ')}]`;
      const params = op.takesParams ? 'params' : 'undefined';
      const body = op.upload
        ? `this._multipart(${r}, ${values}, params, options)`
        : `this._${op.pagingItems ? 'list' : 'request'}(${r}, ${values}, ${params}, options)`;
      const older = ops
        .filter((o) => o !== op && o.group === op.group && o.inv.summary === op.inv.summary)
        .map((o) => `\`${o.id}\``);
      const doc = [
        `${op.title}: \`${op.inv.method} ${op.inv.path}\`.`,
        ...(op.pagingItems
          ? [`Paged by \`page_token\`: \`await\` it for the first page, \`for await\` over every item of \`${op.pagingItems}\`.`]
          : []),
        ...(op.upload ? ['`params.data` is the file (a path, bytes, a Blob or a stream), sent as multipart/form-data.'] : []),
        ...(older.length ? [`Other versions: \`${op.scope}.call(id, ...)\` with ${older.join(', ')}.`] : []),
      ];
      return [...docComment(doc.join(' '), '  '), `  ${op.methodName}(${args.join(', ')}) {`, `    return ${body};`, '  }'].join(
        '\n',
      );
    });
    const where = `${scope}.${namespace}`;
    const code = [
      HEADER,
      ...(own.some((op) => op.takesParams) ? ["import type { EndpointParams } from '../../../core/endpoint.js';"] : []),
      ...(options.length ? [`import type { ${options.join(', ')} } from '../../../core/options.js';`] : []),
      "import { TikTokShopResource } from '../../resource.js';",
      ...tables.map(([table, from]) => `import { ${table} } from '../${from}.js';`),
      '',
      HANDWRITTEN_CLASSES.has(cls)
        ? `/** The generated methods of \`${where}\`; {@link ${cls}} adds the hand-written ones. */`
        : `/** \`${where}\`: the ${namespace} operations ${scope === 'shop' ? 'of one shop (its `shop_cipher` is sent)' : 'of the authorized account (no shop_cipher)'}. */`,
      `export class ${exported} extends TikTokShopResource {`,
      methods.join('\n\n'),
      '}',
    ].join('\n');
    files.set(`${OUT}/${module}.ts`, code);
  }

  files.set(
    `${OUT}/resources/index.ts`,
    [
      HEADER,
      '/** The generated resource classes (`shop.fulfillment` is a `ShopFulfillment`, ...). */',
      ...resourceModules.map((r) => `export { ${r.exported} } from './${r.module.slice(10)}.js';`),
    ].join('\n'),
  );

  // Route ids, for shop.call / seller.call, and the operations list.
  const tableImports = routeFiles.map((f) => `import { ${f.table} } from './${f.module}.js';`);
  const routeRef = (op: Op) => (op.handwritten ? `routes.${op.handwritten.route}` : `${op.routeTable}.${op.routeKey}`);
  const byId = (scope: Scope) =>
    ops
      .filter((op) => op.scope === scope)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((op) => `  ${quote(op.id)}: ${routeRef(op)},`);
  files.set(
    `${OUT}/route-ids.ts`,
    [
      HEADER,
      '/** Every route by its id: `shop.call(id, pathValues, params, options)` and `seller.call(...)` take these ids. */',
      "import { routes } from '../routes.js';",
      ...tableImports,
      '',
      "/** The routes sent with the shop's `shop_cipher`. */",
      'export const shopRoutesById = {',
      ...byId('shop'),
      '} as const;',
      '',
      '/** The routes of the authorized account (no shop_cipher). */',
      'export const sellerRoutesById = {',
      ...byId('seller'),
      '} as const;',
      '',
      '/** The routes sent as multipart/form-data (their params carry the file in `data`). */',
      `export const uploadRouteIds: ReadonlySet<string> = new Set([${ops
        .filter((o) => o.upload)
        .map((o) => quote(o.id))
        .join(', ')}]);`,
    ].join('\n'),
  );
  const usage = (op: Op) => {
    const args = [...op.args, ...(op.takesParams ? ['params'] : [])];
    if (op.methodName) return `${op.scope}.${op.namespace}.${op.methodName}(${args.join(', ')})`;
    return `${op.scope}.call('${op.id}', [${op.args.join(', ')}]${op.takesParams ? ', params' : ''})`;
  };
  const sorted = [...ops].sort(
    (a, b) => a.scope.localeCompare(b.scope) || a.namespace.localeCompare(b.namespace) || a.id.localeCompare(b.id),
  );
  files.set(
    `${OUT}/operations.ts`,
    [
      HEADER,
      '/**',
      ' * Every operation of the inventory by route id, by scope and namespace: its docs title and the arguments of its',
      ' * method. `TikTokShop.routes` adds the rest from the routes themselves (src/tiktok-shop/operations.ts).',
      ' */',
      'export const OPERATION_NOTES: Readonly<Record<string, readonly [title: string, args: string]>> = {',
      ...sorted.map(
        (op) =>
          `  ${quote(op.id)}: [${quote(op.title)}, ${quote([...op.args, ...(op.takesParams ? ['params'] : [])].join(', '))}],`,
      ),
      '};',
    ].join('\n'),
  );

  // Formatting, with the repository's own Prettier settings.
  const config = (await resolveConfig(join(ROOT, 'src/index.ts'))) ?? {};
  for (const [path, code] of files) files.set(path, await format(code, { ...config, parser: 'typescript', filepath: path }));

  // The docs table.
  const start = docs.indexOf(MARK_START);
  const end = docs.indexOf(MARK_END);
  if (start < 0 || end < start) throw new Error(`generate: ${DOCS} has no "${MARK_START}" ... "${MARK_END}" section`);
  const tables: string[] = [];
  for (const scope of ['shop', 'seller'] as const) {
    const namespaces = [...new Set(sorted.filter((o) => o.scope === scope).map((o) => o.namespace))];
    for (const ns of namespaces) {
      tables.push(`### \`${scope}.${ns}\``, '', '| TikTok Shop docs page | call | HTTP | version |', '| --- | --- | --- | --- |');
      for (const op of sorted.filter((o) => o.scope === scope && o.namespace === ns)) {
        tables.push(`| ${op.title} | \`${usage(op)}\` | \`${op.inv.method} ${op.inv.path}\` | ${op.inv.version} |`);
      }
      tables.push('');
    }
  }
  const section = [
    MARK_START,
    '',
    `${ops.length} operations: ${ops.filter((o) => o.scope === 'shop').length} on the shop (they send its \`shop_cipher\`), ${ops.filter((o) => o.scope === 'seller').length} on the seller. Older versions are called by route id.`,
    '',
    ...tables,
    MARK_END,
  ].join('\n');
  files.set(DOCS, docs.slice(0, start) + section + docs.slice(end + MARK_END.length));
  return files;
}

/** A JSDoc comment, wrapped to the repository's line width. */
function docComment(text: string, indent: string): string[] {
  const width = 118 - indent.length;
  if (text.length <= width - 4) return [`${indent}/** ${text} */`];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`), `${indent} */`];
}

/** `page_size` is typed string on some routes and `any` on others: a number is what callers pass. */
const numOrString = (q: InventoryParam) => q.type === 'any' || (q.name === 'page_size' && q.type === 'string');

const QUERY_TYPES: Record<string, [ts: string, zod: string, helper: string]> = {
  string: ['string', 'z.string()', 'str'],
  number: ['number', 'z.number()', 'num'],
  boolean: ['boolean', 'z.boolean()', 'bool'],
  'Array<string>': ['string[]', 'z.array(z.string())', 'strs'],
  'Array<number>': ['number[]', 'z.array(z.number())', 'nums'],
  'Array<boolean>': ['boolean[]', 'z.array(z.boolean())', 'bools'],
};

function queryType(q: InventoryParam): string {
  if (numOrString(q)) return 'number | string';
  const known = QUERY_TYPES[q.type];
  if (!known) throw new Error(`generate: query param ${q.name} has the unknown type ${q.type}`);
  return known[0];
}

function queryField(q: InventoryParam): string {
  if (numOrString(q)) return q.required ? 'z.union([z.number(), z.string()])' : 'req.numOrStr';
  const known = QUERY_TYPES[q.type];
  if (!known) throw new Error(`generate: query param ${q.name} has the unknown type ${q.type}`);
  return q.required ? known[1] : `req.${known[2]}`;
}

// --- main ----------------------------------------------------------------------------------------------------

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Reads the inventory and the docs page from the repository. */
export async function readInputs(root = ROOT): Promise<GenerateInput> {
  const inventory = JSON.parse(await readFile(join(root, 'spec/tiktok-shop.json'), 'utf8')) as Inventory;
  const docs = await readFile(join(root, DOCS), 'utf8');
  return { inventory, docs };
}

/** The files under the generated folder now, by path from the root (to find stale ones). */
export async function existingGeneratedFiles(root = ROOT): Promise<string[]> {
  const dir = join(root, OUT);
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(join(d, e.name));
      else out.push(relative(root, join(d, e.name)));
    }
  };
  await walk(dir);
  return out.sort();
}

async function main(): Promise<void> {
  const files = await generateTikTokShop(await readInputs());
  const stale = (await existingGeneratedFiles()).filter((f) => !files.has(f));
  for (const f of stale) await rm(join(ROOT, f));
  let changed = 0;
  for (const [path, code] of files) {
    const full = join(ROOT, path);
    const before = existsSync(full) ? await readFile(full, 'utf8') : undefined;
    if (before === code) continue;
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, code);
    changed++;
  }
  console.log(`generate: ${files.size} files, ${changed} written, ${stale.length} removed`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
