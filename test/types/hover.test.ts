import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const FIXTURE = fileURLToPath(new URL('./hover-fixture.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The quick info an editor shows when hovering `const <name>` in the fixture, as one line of text. */
let hover: (name: string) => string;

beforeAll(() => {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${ROOT}tsconfig.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  const text = readFileSync(FIXTURE, 'utf8');
  const service = ts.createLanguageService({
    getScriptFileNames: () => [FIXTURE],
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => {
      const source = file === FIXTURE ? text : ts.sys.readFile(file);
      return source === undefined ? undefined : ts.ScriptSnapshot.fromString(source);
    },
    getCurrentDirectory: () => ROOT,
    getCompilationSettings: () => config!.options,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
  // The fixture's own type errors are `npm run typecheck`'s to report; a hover of a broken file would still answer.
  hover = (name) => {
    const at = text.indexOf(`const ${name} =`);
    if (at < 0) throw new Error(`no const ${name} in the fixture`);
    const info = service.getQuickInfoAtPosition(FIXTURE, at + 'const '.length);
    return ts.displayPartsToString(info?.displayParts).replace(/\s+/g, ' ');
  };
  hover('orders'); // builds the program once (the whole SDK is type-checked lazily here: seconds, not milliseconds)
}, 120_000);

describe('editor hovers name the SDK types instead of expanding zod shapes', () => {
  it.each([
    ['orders', 'const orders: Order[] & Readonly<ResponseMeta>'],
    ['order', 'const order: Order'],
    ['lineItem', 'const lineItem: OrderLineItem | undefined'],
    // A product's own `status` wins over the response's HTTP status.
    ['shopProduct', 'const shopProduct: Product & Readonly<Omit<ResponseMeta, "status">>'],
    ['orderPage', 'const orderPage: Page<Order, ResponseMeta, OrderListData>'],
    ['orderData', 'const orderData: OrderListData'],
    ['productPage', 'const productPage: Page<Product, TrenzMeta, TrenzList<Product>>'],
    ['productData', 'const productData: TrenzList<Product>'],
    ['productMeta', 'const productMeta: TrenzMeta'],
    ['couponPage', 'const couponPage: Page<ProductSummary, ResponseMeta, ProductListData>'],
    ['couponData', 'const couponData: ProductListData'],
    ['event', 'const event: TikTokShopWebhookEvent'],
    ['eventData', 'const eventData: OrderStatusChangeData'],
  ])('%s', (name, shown) => {
    const text = hover(name);
    expect(text).toBe(shown);
    expect(text).not.toContain('{'); // an expanded object type
  });
});
