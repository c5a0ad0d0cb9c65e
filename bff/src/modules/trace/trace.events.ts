import { defineEvent } from '../../core/events/events';

/** A recall opened: its holders must act, and those who scanned what it reaches must be warned. */
export const RecallOpened = defineEvent<{ recallId: number }>('trace.recall.opened', 'trace');

/** A regulator closed a recall. */
export const RecallClosed = defineEvent<{ recallId: number }>('trace.recall.closed', 'trace');
