/**
 * Complaints as the BFF answers them, for the complaint pages' tests. Each builder takes the fields
 * a test cares about; the rest is a plausible complaint against 陈记水果店.
 */
export const merchant = {
  id: '7',
  creditCode: '91330102MA2XXXXX1X',
  name: '陈记水果店',
  address: '大石盖村 12 号',
  odr: false,
};

export const deadline = (change: Partial<Record<string, unknown>> = {}) => ({
  dueAt: '2026-11-30T16:00:00.000Z',
  paused: false,
  workingDaysLeft: 3,
  overdue: false,
  stage: '协商',
  ...change,
});

export function complaintListItem(change: Record<string, unknown> = {}) {
  return {
    id: '41',
    status: 'NEGOTIATING',
    category: 'FOOD_SAFETY',
    demand: 'REFUND',
    amountFen: 2550,
    filedAt: '2026-11-20T02:00:00.000Z',
    merchant: { id: merchant.id, name: merchant.name },
    consumer: { displayName: '李明', phone: '13800000002' },
    deadline: deadline(),
    narrative: '11 月 19 日买的一箱橘子，打开一半都烂了，找老板不给退。',
    ...change,
  };
}

export function complaintDetail(change: Record<string, unknown> = {}) {
  return {
    ...complaintListItem(),
    source: 'SEARCH',
    traceCode: null,
    evidence: ['1/202611/box.png'],
    resolvedAt: null,
    declineReason: null,
    declineNote: null,
    mediationOutcome: null,
    mediationSummary: null,
    rating: null,
    ratingComment: null,
    myParty: 'CONSUMER',
    merchant,
    messages: [
      {
        id: 'm1',
        party: 'CONSUMER',
        authorName: '李明',
        body: '橘子烂了一半，请退款。',
        attachments: ['1/202611/orange.png'],
        createdAt: '2026-11-20T02:05:00.000Z',
      },
      {
        id: 'm2',
        party: 'MERCHANT',
        authorName: '陈建国',
        body: '您好，我们核实一下。',
        attachments: [],
        createdAt: '2026-11-20T03:00:00.000Z',
      },
    ],
    settlements: [],
    audit: [
      {
        id: 'a1',
        party: 'CONSUMER',
        actorName: '李明',
        action: 'FILED',
        fromStatus: null,
        toStatus: 'SUBMITTED',
        note: '',
        at: '2026-11-20T02:00:00.000Z',
      },
      {
        id: 'a2',
        party: 'REGULATOR',
        actorName: '周敏',
        action: 'ACCEPTED',
        fromStatus: 'SUBMITTED',
        toStatus: 'NEGOTIATING',
        note: '',
        at: '2026-11-20T06:00:00.000Z',
      },
    ],
    ...change,
  };
}

export const proposedSettlement = {
  id: 's1',
  remedy: 'REFUND',
  amountFen: 2000,
  terms: '三天内退 20 元到微信',
  status: 'PROPOSED',
  createdAt: '2026-11-21T02:00:00.000Z',
  decidedAt: null,
};

/**
 * A refusal the way a complaint mutation answers it: the ComplaintError member of its result
 * union, e.g. `refused('withdrawComplaint', 'ILLEGAL_TRANSITION', '这件投诉已和解，不能这样处理')`.
 */
export function refused(mutation: string, errorCode: string, message: string, field: string | null = null) {
  return { data: { [mutation]: { __typename: 'ComplaintError', errorCode, message, field } } };
}

/** A GraphQL error: what a query that may not be read, or a call refused outright (FORBIDDEN), answers. */
export function graphQLError(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }], data: null };
}

/**
 * The GraphQL error under its old name, kept only for merchant/pages/business's test until that
 * page answers its mutation as a union too (complaint mutations' refusals are `refused` now).
 * @deprecated use `refused` for a mutation's refusal, `graphQLError` for anything else.
 */
export const refusal = graphQLError;
