import { useCallback, useRef, useState } from 'react';
import type { ErrorCode } from '@gongfu/shared-types';
import { toApiError } from '@/api/api-error';
import { request, type TypedDocument } from '@/api/client';
import { REFUSAL_RECOVERY, isRefusal, type Recovery } from '@/api/refusals';
import type { NoticeMessage } from '@/components/Notice';
import { IdempotentAttempt } from '@/domain/idempotency';

/** Why the last run did not go through: a refusal the person can act on, or a failed call. */
export interface ActionProblem {
  code: string;
  message: string;
  /** The input at fault, if the BFF (or the form's own check) named one. */
  field: string | null;
  recovery: Recovery | 'retry';
}

/**
 * What a form field needs to show the problem that is its own and to take the cursor (every field
 * kind takes these: TextField, TextAreaField, ChoiceChips, DateField, DateTimeField, PhotoPicker).
 */
export interface FieldProblemProps {
  error: string | null;
  /** True while the field is the one at fault: it takes the cursor, or is brought into view. */
  focus: boolean;
  /** The field calls it on every change; the problem, if it is this field's, is gone at once. */
  onEdited: () => void;
}

/** The answer minus its refusal members: what the mutation made. */
export type Made<TAnswer> = Exclude<TAnswer, { errorCode: unknown }>;

interface ActionOptions {
  /** Called after a refusal that means the page shows something stale (someone acted meanwhile), with that refusal. */
  onStale?: (problem: ActionProblem) => void;
}

type VariablesArgument<TVariables> = TVariables extends Record<string, never> ? [] : [TVariables];

/**
 * One mutation a screen runs, with everything around it: `busy` while it is on its way (a second
 * tap meanwhile is ignored), the `notice` to show, and the input at fault (`fieldProps(name)`
 * gives a field its message and the cursor, and clears it once the person edits it). `run`
 * answers what the mutation made, or null when it was refused or failed; the refusal's code is
 * then in `problem`, mapped by REFUSAL_RECOVERY (a stale page reloads itself through `onStale`).
 */
export function useAction<TResult, TVariables, TAnswer>(
  document: TypedDocument<TResult, TVariables>,
  answerOf: (data: TResult) => TAnswer,
  options: ActionOptions = {},
) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [problem, setProblemState] = useState<ActionProblem | null>(null);
  // The problem shown now, for a field's onEdited: a field may hold on to the handler it was
  // first given (a memoised callback, a native component's listener), and must still clear it.
  const problemRef = useRef<ActionProblem | null>(null);
  const setProblem = useCallback((next: ActionProblem | null) => {
    problemRef.current = next;
    setProblemState(next);
  }, []);
  const inFlight = useRef(false);
  // For the calls that move points or money: one key per attempt, kept only while its outcome is unknown.
  const attempt = useRef<IdempotentAttempt | null>(null);
  const answerRef = useRef(answerOf);
  answerRef.current = answerOf;
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const fail = useCallback(
    (found: ActionProblem) => {
      setProblem(found);
      setNotice({ tone: 'error', text: found.message });
      if (found.recovery === 'reload') optionsRef.current.onStale?.(found);
    },
    [setProblem],
  );

  const run = useCallback(
    async (...variables: VariablesArgument<TVariables>): Promise<Made<TAnswer> | null> => {
      if (inFlight.current) return null;
      inFlight.current = true;
      setBusy(true);
      setProblem(null);
      setNotice(null);
      try {
        const answer = answerRef.current(await request(document, ...variables));
        attempt.current?.settled();
        if (isRefusal(answer)) {
          fail({
            code: answer.errorCode,
            message: answer.message,
            field: answer.field,
            recovery: REFUSAL_RECOVERY[answer.errorCode as ErrorCode] ?? 'fix',
          });
          return null;
        }
        return answer as Made<TAnswer>;
      } catch (thrown) {
        const error = toApiError(thrown);
        attempt.current?.failed(error.code);
        fail({ code: error.code, message: error.message, field: error.field, recovery: error.code === 'BAD_USER_INPUT' ? 'fix' : 'retry' });
        return null;
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [document, fail, setProblem],
  );

  /**
   * The idempotency key for an attempt at `scope` (what is being paid, redeemed, deducted): the
   * same key while a lost answer is retried, a new one once the BFF has answered.
   */
  const keyFor = useCallback((scope: string): string => {
    attempt.current ??= new IdempotentAttempt();
    return attempt.current.keyFor(scope);
  }, []);

  /** The form's own check found a problem before sending: shown the same way as the BFF's. */
  const refuse = useCallback(
    (message: string, field: string | null = null) => {
      setProblem({ code: 'BAD_USER_INPUT', message, field, recovery: 'fix' });
      setNotice({ tone: 'error', text: message });
    },
    [setProblem],
  );

  /** Says something after a run (what was done), or clears what was said. */
  const say = useCallback(
    (next: NoticeMessage | null) => {
      setProblem(null);
      setNotice(next);
    },
    [setProblem],
  );

  // One handler per field for the life of the form, so a page may also call it from an effect.
  const editedHandlers = useRef(new Map<string, () => void>());
  const fieldProps = useCallback(
    (field: string): FieldProblemProps => {
      let onEdited = editedHandlers.current.get(field);
      if (!onEdited) {
        onEdited = () => {
          if (problemRef.current?.field !== field) return;
          setProblem(null);
          setNotice(null);
        };
        editedHandlers.current.set(field, onEdited);
      }
      return { error: problem?.field === field ? problem.message : null, focus: problem?.field === field, onEdited };
    },
    [problem, setProblem],
  );

  return { run, busy, notice, problem, refuse, say, fieldProps, keyFor };
}

export type Action = ReturnType<typeof useAction>;
