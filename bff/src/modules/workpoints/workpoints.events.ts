import { defineEvent } from '../../core/events/events';

/**
 * A redemption of phone credit or data has taken its points and wants its top-up sent. Written in
 * the redemption's transaction, so a crash after the commit cannot lose the top-up; workpoints
 * itself handles it (the provider is called outside any transaction).
 */
export const TopUpRequested = defineEvent<{ redemptionId: number }>('workpoints.topup.requested', 'village');
