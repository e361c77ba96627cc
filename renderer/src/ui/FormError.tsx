import { useDescribeError } from './useDescribeError';

/**
 * The failure of a form's last action, in words, announced by screen readers
 * (`role="alert"`). Renders an empty live region when there is none, so that the next
 * failure is announced too.
 */
export function FormError({ error, id }: { error: unknown; id?: string }) {
  const describe = useDescribeError();
  return (
    <div className="form-error" role="alert" id={id}>
      {error === undefined || error === null ? null : <p>{describe(error)}</p>}
    </div>
  );
}
