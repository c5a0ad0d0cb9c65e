import fs from 'node:fs';
import path from 'node:path';
import { getNamedType, isEnumType, isObjectType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../src/modules';
import { buildAppSchema } from '../src/schema';
import { storeSchemasOf } from '../src/stores/schemas';

describe('the modules, as their manifests declare them', () => {
  it('have one name each, and every module with tables names its store', () => {
    const names = MODULES.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const module of MODULES) if (module.entities?.length) expect(module.store, module.name).toBeDefined();
    const schemas = storeSchemasOf(MODULES);
    expect(schemas.identity.entities.length).toBeGreaterThan(1);
    expect(schemas.shop.migrations).toHaveLength(1);
  });

  it('read and write only their own store (another store is reached through its loaders and events)', () => {
    const modulesDir = path.resolve(__dirname, '../src/modules');
    const sourcesOf = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourcesOf(full);
        return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
      });
    const strays: string[] = [];
    for (const module of MODULES) {
      for (const file of sourcesOf(path.join(modulesDir, module.name))) {
        for (const [, store] of fs.readFileSync(file, 'utf8').matchAll(/\.(?:manager|transaction)\('(\w+)'/g)) {
          if (store !== module.store)
            strays.push(`${path.relative(modulesDir, file)} uses the ${store} store (module ${module.name} owns ${module.store})`);
        }
      }
    }
    expect(strays).toEqual([]);
  });

  it("put every module's refusal codes, and only those, in the ErrorCode enum", async () => {
    const schema = await buildAppSchema();
    const errorCode = schema.getType('ErrorCode');
    if (!isEnumType(errorCode)) throw new Error('ErrorCode is not an enum');
    const declared = new Set(['BAD_USER_INPUT', 'RATE_LIMITED', ...MODULES.flatMap((m) => Object.keys(m.errorCodes ?? {}))]);
    expect(new Set(errorCode.getValues().map((v) => v.name))).toEqual(declared);
  });

  it('answer every mutation that can be refused with a union holding an ErrorResult', async () => {
    const schema = await buildAppSchema();
    const errorResult = schema.getType('ErrorResult')!;
    const withoutRefusal: string[] = [];
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      const type = getNamedType(field.type);
      if (!isUnionType(type)) {
        withoutRefusal.push(field.name);
        continue;
      }
      const members = type.getTypes();
      expect(
        members.some((m) => isObjectType(m) && m.getInterfaces().includes(errorResult as never)),
        field.name,
      ).toBe(true);
    }
    // What these answer cannot be refused by anything the caller could fix.
    expect(withoutRefusal.sort()).toEqual(['allowNoticeSubscriptions', 'logout', 'markNoticesRead']);
  });
});
