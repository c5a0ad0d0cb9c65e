import { getMetadataStorage as validationMetadata, type ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { getMetadataStorage as graphqlMetadata } from 'type-graphql';
import { getMetadataArgsStorage } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../src/modules';
import { buildAppSchema } from '../src/schema';

// type-graphql's and TypeORM's metadata name the classes they describe as plain Functions.
/* eslint-disable @typescript-eslint/no-unsafe-function-type */

/**
 * Where a string input goes when it is not the one column of its module named like it: the
 * columns it is written to, or null when it is only looked up or compared, never stored. After a
 * column: `joined` when a list is stored as one comma-separated value, `+N` when the service
 * writes up to N characters of its own before the input (a prefix such as 「扣分：」).
 */
const STORED_IN: Record<string, string[] | null> = {
  'PageArgs.after': null,
  'WechatLoginArgs.code': null,
  'PhoneLoginArgs.code': null,
  'PhoneArgs.phone': ['LoginCode.phone'],
  'RedeemInput.phone': null,
  'UpdateSceneInput.name': ['VillageScene.name'],
  'UpdateSceneInput.description': ['VillageScene.description'],
  'PublishActivityInput.description': ['Activity.description'],
  'CheckInArgs.code': null,
  'SubmitEvidenceInput.note': ['Participation.note'],
  'SubmitEvidenceInput.photoKeys': ['Participation.photoKeys joined'],
  'FileOnBehalfInput.note': ['Participation.note'],
  'FileOnBehalfInput.photoKeys': ['Participation.photoKeys joined'],
  'RejectArgs.reason': ['Participation.rejectReason'],
  'PublishMenuInput.note': ['CanteenMenu.note'],
  'DishInput.name': ['CanteenDish.name'],
  'DishInput.description': ['CanteenDish.description'],
  // The ledger keeps the first 200 characters after its prefix; the deduction keeps all of it.
  'DeductPointsInput.reason': ['Deduction.reason'],
  'DeductPointsInput.idempotencyKey': ['PointsLedgerEntry.idempotencyKey'],
  'AppealArgs.reason': ['Deduction.appealReason'],
  'DecideAppealArgs.note': ['Deduction.appealDecisionNote'],
  'SaveMallItemInput.name': ['MallItem.name'],
  'RedeemInput.idempotencyKey': ['Redemption.idempotencyKey'],
  'PickupArgs.pickupCode': null,
  'TakePointsInput.code': null,
  'TakePointsInput.idempotencyKey': ['PointsPayment.idempotencyKey'],
  'SettleShopInput.idempotencyKey': ['PointsSettlement.idempotencyKey'],
  'ScanArgs.code': null,
  'RecordTraceEventInput.place': ['TraceEvent.place'],
  'OpenVoluntaryRecallInput.reason': ['TraceRecall.reason'],
  'CloseRecallInput.note': ['TraceRecall.closingNote'],
  'SearchMerchantsArgs.query': null,
  'FileComplaintInput.evidence': ['ComplaintFile.fileKey'],
  'PostComplaintMessageInput.attachments': ['ComplaintFile.fileKey'],
  'RecordMediationInput.summary': ['Complaint.mediationSummary'],
  'RateComplaintInput.comment': ['Complaint.ratingComment'],
  // Rates are read into integers (rate_micros), never kept as written.
  'LoanQuoteInput.annualRatePercent': null,
  'LoanGradeRateInput.annualRatePercent': null,
  'SaveLoanProductInput.name': ['LoanProduct.name'],
};

/** The longest string a pattern can match (Infinity if unbounded), for the patterns inputs use. */
export function longestMatch(source: string): number {
  let at = 0;
  const alternatives = (): number => {
    let longest = sequence();
    while (source[at] === '|') {
      at++;
      longest = Math.max(longest, sequence());
    }
    return longest;
  };
  const sequence = (): number => {
    let total = 0;
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const atom = atomLength();
      total += atom * repeats();
    }
    return total;
  };
  const atomLength = (): number => {
    const c = source[at++];
    if (c === '^' || c === '$') return 0;
    if (c === '\\') return (at++, 1);
    if (c === '[') {
      while (source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
      return (at++, 1);
    }
    if (c === '(') {
      if (source.startsWith('?:', at)) at += 2;
      const inner = alternatives();
      return (at++, inner);
    }
    return 1;
  };
  const repeats = (): number => {
    const c = source[at];
    if (c === '?') return (at++, 1);
    if (c === '*' || c === '+') return (at++, Infinity);
    const bound = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
    if (!bound) return 1;
    at += bound[0].length;
    return bound[2] === undefined ? Number(bound[1]) : bound[3] ? Number(bound[3]) : Infinity;
  };
  return alternatives();
}

/** The longest value an input field's validators let through, per element for a list. */
function longestAllowed(rules: ValidationMetadata[]): number {
  const bounds = rules.flatMap((rule) => {
    switch (rule.name as keyof typeof ValidationTypes | string) {
      case 'isLength':
        return [Number(rule.constraints[1])];
      case 'maxLength':
        return [Number(rule.constraints[0])];
      case 'matches':
        return [longestMatch((rule.constraints[0] as RegExp).source)];
      case 'isIn':
        return [Math.max(...(rule.constraints[0] as string[]).map((v) => v.length))];
      default:
        return [];
    }
  });
  return Math.min(Infinity, ...bounds);
}

interface StringInput {
  module: string;
  field: string;
  /** The longest value, or the longest each element of a list may be. */
  longest: number;
  /** For a list, how many elements it may hold. */
  items: number | null;
  /** The columns it is written to; null if it is never stored. */
  stores: Array<{ column: string; length: number; joined: boolean; prefix: number }> | null;
  /** Columns declared in STORED_IN that no entity of the module has. */
  unknown: string[];
}

/** Every string field of every input a module's resolvers take, with where it is stored. */
function stringInputs(): StringInput[] {
  const graphql = graphqlMetadata();
  const columns = getMetadataArgsStorage().columns;
  const isInput = (type: unknown): type is Function =>
    typeof type === 'function' && [...graphql.inputTypes, ...graphql.argumentTypes].some((i) => i.target === type);
  // A class's own fields and those it inherits (PhoneLoginArgs extends PhoneArgs).
  const fieldsOf = (type: Function) => {
    const chain: Function[] = [];
    for (let t = type; t !== Function.prototype; t = Object.getPrototypeOf(t) as Function) chain.push(t);
    return graphql.fields.filter((f) => chain.includes(f.target));
  };
  const found: StringInput[] = [];
  for (const module of MODULES) {
    const resolvers = new Set(module.resolvers ?? []);
    const entities = new Set(module.entities ?? []);
    const inputs = new Set<Function>();
    const visit = (type: unknown) => {
      if (!isInput(type) || inputs.has(type)) return;
      inputs.add(type);
      for (const field of fieldsOf(type)) visit(field.getType());
    };
    for (const param of graphql.params) {
      if (resolvers.has(param.target) && (param.kind === 'arg' || param.kind === 'args')) visit(param.getType());
    }
    const columnsNamed = (property: string, entity?: string) =>
      columns
        .filter(
          (c) => entities.has(c.target as Function) && (!entity || (c.target as Function).name === entity) && c.propertyName === property,
        )
        .map((c) => ({
          column: `${(c.target as Function).name}.${property}`,
          length: Number(c.options.length ?? Infinity),
          joined: false,
          prefix: 0,
        }));
    for (const input of inputs) {
      const rules = validationMetadata().getTargetValidationMetadatas(input, '', true, false);
      for (const field of fieldsOf(input).filter((f) => f.getType() === String)) {
        // Named by the class that declares it: PageArgs.after, wherever paging is inherited.
        const name = `${(field.target as Function).name}.${field.name}`;
        const declared = STORED_IN[name];
        const unknown: string[] = [];
        const stores =
          declared === null
            ? null
            : declared === undefined
              ? columnsNamed(field.name)
              : declared.flatMap((place) => {
                  const [entity, property, how = ''] = place.split(/[. ]/);
                  const prefix = how.startsWith('+') ? Number(how.slice(1)) : 0;
                  const named = columnsNamed(property, entity).map((c) => ({ ...c, joined: how === 'joined', prefix }));
                  if (!named.length) unknown.push(place);
                  return named;
                });
        const own = rules.filter((r) => r.propertyName === field.name);
        const items = own.find((r) => r.name === 'arrayMaxSize')?.constraints[0] as number | undefined;
        found.push({ module: module.name, field: name, longest: longestAllowed(own), items: items ?? null, stores, unknown });
      }
    }
  }
  return found;
}

/** The longest a stored value can be: a list stored joined holds all its elements and commas. */
const storedLength = (input: StringInput, place: { joined: boolean; prefix: number }) =>
  place.prefix + (place.joined ? (input.items ?? Infinity) * (input.longest + 1) - 1 : input.longest);

describe('string inputs and the columns they land in', () => {
  let inputs: StringInput[];
  beforeAll(async () => {
    await buildAppSchema();
    inputs = stringInputs();
  });

  it('finds the inputs of every module (the audit looks at something)', () => {
    expect(new Set(inputs.map((i) => i.module))).toEqual(new Set(['identity', 'notices', 'workpoints', 'loans', 'trace', 'complaints']));
    expect(inputs.length).toBeGreaterThan(60);
  });

  it('bound every string a caller sends, and the size of every list of them', () => {
    expect(inputs.filter((i) => i.longest === Infinity).map((i) => i.field)).toEqual([]);
    expect(inputs.filter((i) => i.items === Infinity).map((i) => i.field)).toEqual([]);
  });

  it('know where each stored string goes: one column named like it, or the columns declared', () => {
    const unplaced = inputs.filter((i) => i.stores !== null && i.stores.length !== 1 && !(i.field in STORED_IN));
    expect(unplaced.map((i) => `${i.field} → ${i.stores!.map((s) => s.column).join(', ') || 'nowhere'}`)).toEqual([]);
    expect(inputs.flatMap((i) => i.unknown)).toEqual([]);
    expect(Object.keys(STORED_IN).filter((field) => !inputs.some((i) => i.field === field))).toEqual([]);
  });

  it('never let through a string longer than its column', () => {
    const tooLong = inputs.flatMap((i) =>
      (i.stores ?? [])
        .filter((s) => storedLength(i, s) > s.length)
        .map((s) => `${i.field} (${storedLength(i, s)}) > ${s.column} (${s.length})`),
    );
    expect(tooLong).toEqual([]);
  });

  it('measures patterns as the validators match them', () => {
    expect(longestMatch('^\\d{4}-\\d{2}-\\d{2}$')).toBe(10);
    expect(longestMatch('^[\\w-]{8,64}$')).toBe(64);
    expect(longestMatch('^1\\d{10}$')).toBe(11);
    expect(longestMatch('^[+-]\\d{2}:\\d{2}$')).toBe(6);
    expect(longestMatch('^(?:ab|c)?x+$')).toBe(Infinity);
    expect(longestMatch('^(?:ab|c)?x{2,}$')).toBe(Infinity);
    expect(longestMatch('^(ab|c){3}$')).toBe(6);
  });
});
