import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import zones are the linter's job (eslint.config.js); this checks that the linter really refuses a crossing,
// with a deliberate violation in each zone, linted as if it were a file at that path.
const eslint = new ESLint({ cwd: process.cwd() });

async function zoneErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import zones are enforced by npm run lint', () => {
  it.each([
    ['src/core/x.ts', "import { Trenz } from '../trenz/index.js';", /src\/core imports no API folder/],
    ['src/core/x.ts', "import { x } from '../testing/index.js';", /src\/core imports no API folder/],
    ['src/trenz/x.ts', "import { TikTokShop } from '../tiktok-shop/index.js';", /src\/trenz imports the core, not another API/],
    [
      'src/tiktok-shop/resources/x.ts',
      "import { LocalService } from '../../local-service/index.js';",
      /src\/tiktok-shop imports the core/,
    ],
    ['src/local-service/x.ts', "import { x } from '../redis/index.js';", /src\/local-service imports the core/],
    ['src/redis/x.ts', "import { TokenSet } from '../tiktok-shop/index.js';", /src\/redis imports only the core/],
    ['src/index.ts', "import { x } from './testing/index.js';", /only src\/testing may import src\/testing/],
    ['src/bullmq/x.ts', "import { Trenz } from '../trenz/index.js';", /src\/bullmq imports the core, tiktok-shop and redis only/],
    ['src/bullmq/x.ts', "import { x } from '../testing/index.js';", /src\/bullmq imports the core, tiktok-shop and redis only/],
    ['src/core/x.ts', "import { x } from '../bullmq/index.js';", /src\/core imports no API folder/],
    ['src/redis/x.ts', "import { x } from '../bullmq/index.js';", /src\/redis imports only the core/],
  ])('%s: %s is refused', async (file, line, why) => {
    const errors = await zoneErrors(file, `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)![1]}];\n`);
    expect(errors.join('\n')).toMatch(why);
  });

  it('allows the imports the zones are for', async () => {
    expect(
      await zoneErrors('src/trenz/x.ts', "import { CoreClient } from '../core/client.js';\nexport const c = CoreClient;\n"),
    ).toEqual([]);
    expect(await zoneErrors('src/testing/x.ts', "import { Trenz } from '../trenz/index.js';\nexport const t = Trenz;\n")).toEqual(
      [],
    );
    expect(
      await zoneErrors(
        'src/bullmq/x.ts',
        "import { TikTokShop } from '../tiktok-shop/index.js';\nimport { RedisTokenStore } from '../redis/index.js';\nexport const t = [TikTokShop, RedisTokenStore];\n",
      ),
    ).toEqual([]);
  });
});
